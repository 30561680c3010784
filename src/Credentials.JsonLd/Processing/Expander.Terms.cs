namespace Credentials.JsonLd.Processing;

/// <content>Create Term Definition (JSON-LD 1.1 API §4.2.2).</content>
internal sealed partial class Expander
{
    private static readonly HashSet<string> TermDefinitionKeys = new(StringComparer.Ordinal)
    {
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix", "@protected", "@type",
    };

    private void CreateTermDefinition(
        ActiveContext active,
        Dictionary<string, object?> local,
        string term,
        Dictionary<string, bool> defined,
        string? baseUrl,
        bool isProtected,
        bool overrideProtected,
        List<string> remoteContexts,
        bool validateScoped)
    {
        // Step 1-2.
        if (defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }

            throw new JsonLdException("cyclic IRI mapping", "The term " + term + " is defined through itself.");
        }

        if (term.Length == 0)
        {
            throw new JsonLdException("invalid term definition", "The empty string is not a valid term.");
        }

        defined[term] = false;
        var value = local[term];

        // Step 4-5: keywords cannot be redefined, except @type's container and protection.
        if (term == "@type" && !IsJsonLd10 && value is Dictionary<string, object?> typeMap && typeMap.Count > 0
            && typeMap.All(e => (e.Key == "@container" && e.Value is "@set") || e.Key == "@protected"))
        {
            // Allowed: { "@type": { "@container": "@set", "@protected": true } }.
        }
        else if (Keywords.IsKeyword(term))
        {
            throw new JsonLdException("keyword redefinition", "The keyword " + term + " cannot be redefined.");
        }
        else if (Keywords.HasKeywordForm(term))
        {
            Report("the term " + term + " looks like a keyword and is ignored");
            return;
        }

        // Step 6.
        var previous = active.Get(term);
        active.Terms.Remove(term);

        // Step 7-9.
        var simpleTerm = false;
        Dictionary<string, object?> map;
        switch (value)
        {
            case null:
                map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@id"] = null };
                break;
            case string s:
                map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@id"] = s };
                simpleTerm = true;
                break;
            case Dictionary<string, object?> m:
                map = m;
                break;
            default:
                throw new JsonLdException("invalid term definition", "The definition of " + term + " must be a string, an object or null.");
        }

        var definition = new TermDefinition { Protected = isProtected };

        // Step 11: @protected.
        if (map.TryGetValue("@protected", out var protectedValue))
        {
            if (IsJsonLd10)
            {
                throw new JsonLdException("invalid term definition", "@protected needs json-ld-1.1.");
            }

            definition.Protected = protectedValue is bool pv ? pv : throw new JsonLdException("invalid @protected value", "@protected must be a boolean.");
        }

        // Step 12: @type.
        if (map.TryGetValue("@type", out var typeValue))
        {
            if (typeValue is not string type)
            {
                throw new JsonLdException("invalid type mapping", "The @type of " + term + " must be a string.");
            }

            type = ExpandIri(active, type, vocab: true, local: local, defined: defined) ?? type;
            if ((type is "@json" or "@none") && IsJsonLd10)
            {
                throw new JsonLdException("invalid type mapping", type + " needs json-ld-1.1.");
            }

            if (type is not ("@id" or "@json" or "@none" or "@vocab") && !Iri.IsAbsolute(type))
            {
                throw new JsonLdException("invalid type mapping", "The @type of " + term + " is not an IRI: " + type);
            }

            definition.TypeMapping = type;
        }

        // Step 13: reverse properties.
        if (map.TryGetValue("@reverse", out var reverseValue))
        {
            if (map.ContainsKey("@id") || map.ContainsKey("@nest"))
            {
                throw new JsonLdException("invalid reverse property", "A reverse term cannot have @id or @nest.");
            }

            if (reverseValue is not string reverse)
            {
                throw new JsonLdException("invalid IRI mapping", "@reverse must be a string.");
            }

            if (Keywords.HasKeywordForm(reverse))
            {
                Report("the reverse term " + term + " maps to a keyword-like value and is ignored");
                return;
            }

            definition.Iri = ExpandIri(active, reverse, vocab: true, local: local, defined: defined);
            if (definition.Iri is null || (!Iri.IsAbsolute(definition.Iri) && !Iri.IsBlankNode(definition.Iri)))
            {
                throw new JsonLdException("invalid IRI mapping", "@reverse of " + term + " is not an IRI.");
            }

            if (map.TryGetValue("@container", out var reverseContainer))
            {
                if (reverseContainer is not (null or "@set" or "@index"))
                {
                    throw new JsonLdException("invalid reverse property", "A reverse term's container must be @set, @index or null.");
                }

            }

            definition.Reverse = true;
        }

        // Step 15-19: the IRI mapping.
        if (definition.Reverse)
        {
            // The IRI mapping came from @reverse above.
        }
        else if (map.TryGetValue("@id", out var idValue) && !(idValue is string sameId && sameId == term))
        {
            if (idValue is null)
            {
                definition.Iri = null;
            }
            else
            {
                if (idValue is not string id)
                {
                    throw new JsonLdException("invalid IRI mapping", "@id of " + term + " must be a string.");
                }

                if (!Keywords.IsKeyword(id) && Keywords.HasKeywordForm(id))
                {
                    Report("the term " + term + " maps to the keyword-like " + id + " and is ignored");
                    return;
                }

                definition.Iri = ExpandIri(active, id, vocab: true, local: local, defined: defined);
                if (definition.Iri is null || !(Keywords.IsKeyword(definition.Iri) || Iri.IsAbsolute(definition.Iri) || Iri.IsBlankNode(definition.Iri)))
                {
                    throw new JsonLdException("invalid IRI mapping", "The IRI of " + term + " is not absolute: " + definition.Iri);
                }

                if (definition.Iri == "@context")
                {
                    throw new JsonLdException("invalid keyword alias", "@context cannot be aliased.");
                }

                var colon = term.IndexOf(':', 1);
                if ((colon > 0 && colon < term.Length - 1) || term.Contains('/', StringComparison.Ordinal))
                {
                    // Step 15.2.4: a term that looks like an IRI must expand to that same IRI.
                    defined[term] = true;
                    var expandedTerm = ExpandIri(active, term, vocab: true, local: local, defined: defined);
                    if (expandedTerm != definition.Iri)
                    {
                        throw new JsonLdException("invalid IRI mapping", "The term " + term + " looks like an IRI but maps to " + definition.Iri);
                    }
                }

                if (!term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal) && simpleTerm
                    && (Iri.IsBlankNode(definition.Iri) || definition.Iri.Length > 0 && definition.Iri[^1] is ':' or '/' or '?' or '#' or '[' or ']' or '@'))
                {
                    definition.Prefix = true;
                }
            }
        }
        else if (term.IndexOf(':', 1) > 0)
        {
            var colon = term.IndexOf(':', 1);
            var prefix = term[..colon];
            var suffix = term[(colon + 1)..];
            if (local.ContainsKey(prefix))
            {
                CreateTermDefinition(active, local, prefix, defined, baseUrl, false, overrideProtected, remoteContexts, validateScoped);
            }

            var prefixDefinition = active.Get(prefix);
            definition.Iri = prefixDefinition?.Iri is not null && !suffix.StartsWith("//", StringComparison.Ordinal)
                ? prefixDefinition.Iri + suffix
                : term;
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            definition.Iri = ExpandIri(active, term, vocab: true);
            if (definition.Iri is null || !Iri.IsAbsolute(definition.Iri))
            {
                throw new JsonLdException("invalid IRI mapping", "The term " + term + " is not an IRI.");
            }
        }
        else if (term == "@type")
        {
            definition.Iri = "@type";
        }
        else if (active.Vocab is not null)
        {
            definition.Iri = active.Vocab + term;
        }
        else
        {
            throw new JsonLdException("invalid IRI mapping", "The term " + term + " has no IRI and there is no @vocab.");
        }

        // Step 20: @container.
        if (map.TryGetValue("@container", out var containerValue) && !(definition.Reverse && containerValue is null))
        {
            definition.Container = ParseContainer(containerValue);
            if (definition.Container.Contains("@type"))
            {
                definition.TypeMapping ??= "@id";
                if (definition.TypeMapping is not ("@id" or "@vocab"))
                {
                    throw new JsonLdException("invalid type mapping", "A @type container needs @type @id or @vocab.");
                }
            }
        }

        // Step 21: @index.
        if (map.TryGetValue("@index", out var indexValue))
        {
            if (IsJsonLd10 || !definition.HasContainer("@index"))
            {
                throw new JsonLdException("invalid term definition", "@index needs an @index container.");
            }

            if (indexValue is not string index || Keywords.IsKeyword(index)
                || ExpandIri(active, index, vocab: true) is not { } expandedIndex || !Iri.IsAbsolute(expandedIndex))
            {
                throw new JsonLdException("invalid term definition", "@index must name a property.");
            }

            definition.Index = index;
        }

        // Step 22: scoped context, validated now, applied when used.
        if (map.TryGetValue("@context", out var scopedContext))
        {
            if (IsJsonLd10)
            {
                throw new JsonLdException("invalid term definition", "Scoped contexts need json-ld-1.1.");
            }

            try
            {
                ProcessContext(active, scopedContext, baseUrl, [.. remoteContexts], overrideProtected: true, validateScoped: false);
            }
            catch (JsonLdException e)
            {
                throw new JsonLdException("invalid scoped context", "The scoped context of " + term + " is invalid: " + e.Message, e);
            }

            definition.HasContext = true;
            definition.Context = scopedContext;
            definition.BaseUrl = baseUrl;
        }

        // Step 23-24: language and direction, only without @type.
        if (map.TryGetValue("@language", out var languageValue) && !map.ContainsKey("@type"))
        {
            if (languageValue is not (null or string))
            {
                throw new JsonLdException("invalid language mapping", "@language must be a string or null.");
            }

            if (languageValue is string l)
            {
                CheckLanguage(l);
            }

            definition.HasLanguage = true;
            definition.Language = (languageValue as string)?.ToLowerInvariant();
        }

        if (map.TryGetValue("@direction", out var directionValue) && !map.ContainsKey("@type"))
        {
            if (directionValue is not (null or "ltr" or "rtl"))
            {
                throw new JsonLdException("invalid base direction", "@direction must be ltr, rtl or null.");
            }

            definition.HasDirection = true;
            definition.Direction = directionValue as string;
        }

        // Step 25: @nest.
        if (map.TryGetValue("@nest", out var nestValue))
        {
            if (IsJsonLd10)
            {
                throw new JsonLdException("invalid term definition", "@nest needs json-ld-1.1.");
            }

            if (nestValue is not string nest || (Keywords.IsKeyword(nest) && nest != "@nest"))
            {
                throw new JsonLdException("invalid @nest value", "@nest must be a term or @nest.");
            }

            definition.Nest = nest;
        }

        // Step 26: @prefix.
        if (map.TryGetValue("@prefix", out var prefixValue))
        {
            if (IsJsonLd10 || term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw new JsonLdException("invalid term definition", "@prefix is not allowed on " + term);
            }

            definition.Prefix = prefixValue is bool pb ? pb : throw new JsonLdException("invalid @prefix value", "@prefix must be a boolean.");
            if (definition.Prefix && definition.Iri is not null && Keywords.IsKeyword(definition.Iri))
            {
                throw new JsonLdException("invalid term definition", "A keyword alias cannot be a prefix.");
            }
        }

        // Step 27.
        foreach (var key in map.Keys)
        {
            if (!TermDefinitionKeys.Contains(key))
            {
                throw new JsonLdException("invalid term definition", "Unknown entry " + key + " in the definition of " + term);
            }
        }

        FinishTerm(active, term, definition, previous, overrideProtected, defined);
    }
}
