using JList = System.Collections.Generic.List<object?>;
using JMap = System.Collections.Generic.Dictionary<string, object?>;

namespace Credentials.JsonLd.Processing;

/// <content>Expansion step 13.4: keyword entries.</content>
internal sealed partial class Expander
{
    /// <summary>Expands one keyword entry into <paramref name="result"/>; returns true for @nest (handled later).</summary>
    private bool ExpandKeyword(ActiveContext active, ActiveContext typeScoped, string? activeProperty, string key, string property, object? value, string? baseUrl, string? inputType, JMap result)
    {
        // Step 13.4.1-13.4.2.
        if (activeProperty == "@reverse")
        {
            throw new JsonLdException("invalid reverse property map", "A reverse map cannot contain keywords.");
        }

        if (result.ContainsKey(property) && (IsJsonLd10 || property is not ("@included" or "@type")))
        {
            throw new JsonLdException("colliding keywords", "The keyword " + property + " appears more than once.");
        }

        object? expanded;
        switch (property)
        {
            case "@id":
                if (value is not string id)
                {
                    throw new JsonLdException("invalid @id value", "@id must be a string.");
                }

                // A keyword-like @id expands to null and is kept as such (expand test 0122); toRdf drops the node.
                result["@id"] = ExpandIri(active, id, documentRelative: true);
                CheckNodeId(id, result["@id"] as string);
                return false;

            case "@type":
                expanded = ExpandTypes(typeScoped, value, result);
                if (value is string && !result.ContainsKey("@type"))
                {
                    expanded = ((JList)expanded)[0];
                }

                break;

            case "@graph":
                expanded = JsonModel.AsList(Expand(active, "@graph", value, baseUrl));
                break;

            case "@included":
                if (IsJsonLd10)
                {
                    return false;
                }

                var included = JsonModel.AsList(Expand(active, null, value, baseUrl));
                foreach (var item in included)
                {
                    if (item is not JMap node || node.ContainsKey("@value") || node.ContainsKey("@list") || node.ContainsKey("@set"))
                    {
                        throw new JsonLdException("invalid @included value", "@included must contain node objects.");
                    }
                }

                if (result.TryGetValue("@included", out var previousIncluded))
                {
                    included.InsertRange(0, JsonModel.AsList(previousIncluded));
                }

                expanded = included;
                break;

            case "@value":
                if (inputType == "@json" && !IsJsonLd10)
                {
                    result["@value"] = value;
                    return false;
                }

                if (value is not null && !JsonModel.IsScalar(value))
                {
                    throw new JsonLdException("invalid value object value", "@value must be a scalar or null.");
                }

                result["@value"] = value;
                return false;

            case "@language":
                if (value is not string language)
                {
                    throw new JsonLdException("invalid language-tagged string", "@language must be a string.");
                }

                CheckLanguage(language);
                expanded = language.ToLowerInvariant();
                break;

            case "@direction":
                if (IsJsonLd10)
                {
                    return false;
                }

                if (value is not ("ltr" or "rtl"))
                {
                    throw new JsonLdException("invalid base direction", "@direction must be ltr or rtl.");
                }

                expanded = value;
                break;

            case "@index":
                if (value is not string)
                {
                    throw new JsonLdException("invalid @index value", "@index must be a string.");
                }

                expanded = value;
                break;

            case "@list":
                if (activeProperty is null or "@graph")
                {
                    Report("a free-floating list is dropped");
                    return false;
                }

                expanded = JsonModel.AsList(Expand(active, activeProperty, value, baseUrl));
                break;

            case "@set":
                expanded = Expand(active, activeProperty, value, baseUrl);
                break;

            case "@reverse":
                ExpandReverse(active, value, baseUrl, result);
                return false;

            case "@nest":
                return true;

            default:
                // Framing keywords (@default, @embed, ...) carry nothing outside frame expansion.
                return false;
        }

        if (expanded is not null)
        {
            result[property] = expanded;
        }

        return false;
    }

    private JList ExpandTypes(ActiveContext typeScoped, object? value, JMap result)
    {
        var types = new JList();
        if (result.TryGetValue("@type", out var existing))
        {
            types.AddRange(JsonModel.AsList(existing));
        }

        foreach (var item in JsonModel.AsList(value))
        {
            if (item is not string type)
            {
                throw new JsonLdException("invalid type value", "@type must be a string or an array of strings.");
            }

            var expanded = ExpandIri(typeScoped, type, documentRelative: true, vocab: true);
            if (expanded is null || !(Iri.IsAbsolute(expanded) || Iri.IsBlankNode(expanded)))
            {
                Report("the type \"" + type + "\" is not defined (it would expand to the relative IRI \"" + expanded + "\")");
            }

            types.Add(expanded);
        }

        return types;
    }

    private void CheckNodeId(string id, string? expanded)
    {
        if (expanded is null || !(Iri.IsAbsolute(expanded) || Iri.IsBlankNode(expanded)))
        {
            Report("the @id \"" + id + "\" is not an absolute IRI");
        }
    }

    private void ExpandReverse(ActiveContext active, object? value, string? baseUrl, JMap result)
    {
        if (value is not JMap)
        {
            throw new JsonLdException("invalid @reverse value", "@reverse must be an object.");
        }

        if (Expand(active, "@reverse", value, baseUrl) is not JMap expanded)
        {
            return;
        }

        // Step 13.4.13.3: a doubly reversed property is a forward property.
        if (expanded.TryGetValue("@reverse", out var doubled) && doubled is JMap forward)
        {
            foreach (var (p, items) in forward)
            {
                AddValues(result, p, items);
            }
        }

        foreach (var (p, items) in expanded)
        {
            if (p == "@reverse")
            {
                continue;
            }

            var reverseMap = GetOrAddMap(result, "@reverse");
            foreach (var item in JsonModel.AsList(items))
            {
                if (item is JMap m && (m.ContainsKey("@value") || m.ContainsKey("@list")))
                {
                    throw new JsonLdException("invalid reverse property value", "A reverse property cannot point at a value or list.");
                }

                AddValue(reverseMap, p, item);
            }
        }
    }
}
