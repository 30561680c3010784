namespace Credentials.JsonLd.Processing;

/// <content>Context Processing (JSON-LD 1.1 API §4.1.2).</content>
internal sealed partial class Expander
{
    private const int MaxRemoteContexts = 64;

    public ActiveContext ProcessContext(
        ActiveContext active,
        object? local,
        string? baseUrl,
        List<string>? remoteContexts = null,
        bool overrideProtected = false,
        bool propagate = true,
        bool validateScoped = true)
    {
        remoteContexts ??= [];

        // Results depend on the inputs' identity and flags, and on whether @base is honoured (outside remote
        // contexts); when scoped validation is off, also on which remote contexts are already open, so those runs
        // are cached only at the top. Maps from loaded context documents go to the shared cache; inline contexts
        // are new objects in every document, so they are cached for this run only (a type-scoped inline context used by
        // many nodes is still processed once).
        ContextCache.Key? key = null;
        var shared = false;
        if (local is Dictionary<string, object?> && (validateScoped || remoteContexts.Count == 0))
        {
            key = new ContextCache.Key(active, local, baseUrl, overrideProtected, propagate, validateScoped, remoteContexts.Count == 0);
            shared = cache.IsLoadedMap(local);
            if (shared ? cache.TryGetProcessed(key.Value, out var hit) : runCache.TryGetValue(key.Value, out hit))
            {
                violations.AddRange(hit!.Findings);
                return hit;
            }
        }

        var before = violations.Count;
        var result = ProcessContextCore(active, local, baseUrl, remoteContexts, overrideProtected, propagate, validateScoped);
        result = result.Sealed ? result : result.Seal(violations[before..]);
        if (key is not null)
        {
            if (shared)
            {
                cache.AddProcessed(key.Value, result);
            }
            else
            {
                runCache[key.Value] = result;
            }
        }

        return result;
    }

    private ActiveContext ProcessContextCore(
        ActiveContext active,
        object? local,
        string? baseUrl,
        List<string> remoteContexts,
        bool overrideProtected,
        bool propagate,
        bool validateScoped)
    {
        // Step 1-3. The result is copied only when changed, so cached contexts keep their identity as cache keys.
        var result = active;
        if (local is Dictionary<string, object?> localMap && localMap.TryGetValue("@propagate", out var propagateValue))
        {
            if (propagateValue is not bool p)
            {
                throw new JsonLdException("invalid @propagate value", "@propagate must be true or false.");
            }

            propagate = p;
        }

        if (!propagate && result.PreviousContext is null)
        {
            result = active.Clone();
            result.PreviousContext = active;
        }

        foreach (var item in JsonModel.AsList(local))
        {
            switch (item)
            {
                case null:
                    // Step 5.1: nullification is refused while protected terms are active.
                    if (!overrideProtected && result.HasProtectedTerms())
                    {
                        throw new JsonLdException("invalid context nullification", "A context with protected terms cannot be reset with null.");
                    }

                    var previous = result;
                    result = new ActiveContext(active.OriginalBase) { OriginalBase = active.OriginalBase };
                    if (!propagate)
                    {
                        result.PreviousContext = previous;
                    }

                    continue;
                case string reference:
                    result = ProcessRemoteContext(result, reference, baseUrl, remoteContexts, validateScoped);
                    continue;
                case Dictionary<string, object?> context:
                    result = ProcessContextMap(result, context, baseUrl, remoteContexts, overrideProtected, validateScoped);
                    continue;
                default:
                    throw new JsonLdException("invalid local context", "A context must be null, a string or an object.");
            }
        }

        return result;
    }

    private ActiveContext ProcessRemoteContext(ActiveContext result, string reference, string? baseUrl, List<string> remoteContexts, bool validateScoped)
    {
        // Step 5.2.
        var url = Iri.Resolve(baseUrl ?? options.Base, reference);
        if (!validateScoped && remoteContexts.Contains(url))
        {
            return result;
        }

        if (remoteContexts.Contains(url))
        {
            throw new JsonLdException("recursive context inclusion", "The context " + url + " includes itself.");
        }

        if (remoteContexts.Count >= MaxRemoteContexts)
        {
            throw new JsonLdException("context overflow", "Too many nested remote contexts.");
        }

        var (documentUrl, context) = LoadContext(url, "loading remote context failed");
        var nested = new List<string>(remoteContexts) { url };
        return ProcessContext(result, context, documentUrl, nested, false, true, validateScoped);
    }

    private (string Url, object? Context) LoadContext(string url, string failureCode)
    {
        if (cache.TryGetDocument(url, out var cached))
        {
            return cached;
        }

        RemoteDocument document;
        try
        {
            document = options.DocumentLoader.LoadDocument(url);
        }
        catch (JsonLdException e)
        {
            throw new JsonLdException(failureCode, "Could not load " + url + ": " + e.Message, e);
        }

        if (JsonModel.FromElement(document.Document) is not Dictionary<string, object?> map || !map.TryGetValue("@context", out var context))
        {
            throw new JsonLdException("invalid remote context", "The document " + url + " has no top-level @context.");
        }

        var entry = (document.DocumentUrl, context);
        cache.AddDocument(url, entry);
        return entry;
    }

    private ActiveContext ProcessContextMap(ActiveContext result, Dictionary<string, object?> context, string? baseUrl, List<string> remoteContexts, bool overrideProtected, bool validateScoped)
    {
        // Results may be shared through the cache: work on a private copy.
        result = result.Clone();

        // Step 5.5: @version.
        if (context.TryGetValue("@version", out var version))
        {
            if (version is not double v || v != 1.1)
            {
                throw new JsonLdException("invalid @version value", "@version must be 1.1.");
            }

            if (IsJsonLd10)
            {
                throw new JsonLdException("processing mode conflict", "@version 1.1 in json-ld-1.0 mode.");
            }
        }

        // Step 5.6: @import merges another context beneath this one.
        if (context.TryGetValue("@import", out var import))
        {
            if (IsJsonLd10)
            {
                throw new JsonLdException("invalid context entry", "@import needs json-ld-1.1.");
            }

            if (import is not string importReference)
            {
                throw new JsonLdException("invalid @import value", "@import must be a string.");
            }

            var importUrl = Iri.Resolve(baseUrl ?? options.Base, importReference);
            var (_, imported) = LoadContext(importUrl, "loading remote context failed");
            if (imported is not Dictionary<string, object?> importedMap)
            {
                throw new JsonLdException("invalid remote context", "The imported context must be an object.");
            }

            if (importedMap.ContainsKey("@import"))
            {
                throw new JsonLdException("invalid context entry", "An imported context cannot itself use @import.");
            }

            var merged = new Dictionary<string, object?>(importedMap, StringComparer.Ordinal);
            foreach (var (k, v) in context)
            {
                merged[k] = v;
            }

            context = merged;
        }

        // Step 5.7: @base, honoured only outside remote contexts.
        if (context.TryGetValue("@base", out var baseValue) && remoteContexts.Count == 0)
        {
            switch (baseValue)
            {
                case null:
                    result.Base = null;
                    break;
                case string b when Iri.IsAbsolute(b):
                    result.Base = b;
                    break;
                case string b when result.Base is not null:
                    result.Base = Iri.Resolve(result.Base, b);
                    break;
                default:
                    throw new JsonLdException("invalid base IRI", "@base must be an IRI.");
            }
        }

        // Step 5.8: @vocab.
        if (context.TryGetValue("@vocab", out var vocab))
        {
            switch (vocab)
            {
                case null:
                    result.Vocab = null;
                    break;
                case string v when Iri.IsAbsolute(v) || Iri.IsBlankNode(v) || !IsJsonLd10:
                    result.Vocab = ExpandIri(result, v, documentRelative: true, vocab: true);
                    break;
                default:
                    throw new JsonLdException("invalid vocab mapping", "@vocab must be an IRI or null.");
            }
        }

        // Step 5.9: @language.
        if (context.TryGetValue("@language", out var language))
        {
            switch (language)
            {
                case null:
                    result.DefaultLanguage = null;
                    break;
                case string l:
                    CheckLanguage(l);
                    result.DefaultLanguage = l.ToLowerInvariant();
                    break;
                default:
                    throw new JsonLdException("invalid default language", "@language must be a string or null.");
            }
        }

        // Step 5.10: @direction.
        if (context.TryGetValue("@direction", out var direction))
        {
            if (IsJsonLd10)
            {
                throw new JsonLdException("invalid context entry", "@direction needs json-ld-1.1.");
            }

            result.DefaultDirection = direction switch
            {
                null => null,
                "ltr" or "rtl" => (string)direction,
                _ => throw new JsonLdException("invalid base direction", "@direction must be ltr, rtl or null."),
            };
        }

        // Step 5.11: @propagate (its value was applied by the caller).
        if (context.TryGetValue("@propagate", out var propagateValue))
        {
            if (IsJsonLd10)
            {
                throw new JsonLdException("invalid context entry", "@propagate needs json-ld-1.1.");
            }

            if (propagateValue is not bool)
            {
                throw new JsonLdException("invalid @propagate value", "@propagate must be true or false.");
            }
        }

        // Step 5.12-5.13: term definitions.
        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        var isProtected = false;
        if (context.TryGetValue("@protected", out var protectedValue))
        {
            if (protectedValue is not bool pv)
            {
                throw new JsonLdException("invalid @protected value", "@protected must be true or false.");
            }

            isProtected = pv;
        }

        foreach (var key in context.Keys)
        {
            if (key is "@base" or "@direction" or "@import" or "@language" or "@propagate" or "@protected" or "@version" or "@vocab")
            {
                continue;
            }

            CreateTermDefinition(result, context, key, defined, baseUrl, isProtected, overrideProtected, remoteContexts, validateScoped);
        }

        return result;
    }
}
