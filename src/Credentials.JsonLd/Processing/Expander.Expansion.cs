using JList = System.Collections.Generic.List<object?>;
using JMap = System.Collections.Generic.Dictionary<string, object?>;

namespace Credentials.JsonLd.Processing;

/// <content>The Expansion Algorithm (JSON-LD 1.1 API §5.1.2).</content>
internal sealed partial class Expander
{
    private const int MaxDepth = 512;
    private int depth;

    public object? Expand(ActiveContext active, string? activeProperty, object? element, string? baseUrl, bool fromMap = false)
    {
        if (++depth > MaxDepth)
        {
            throw new JsonLdException("invalid input", "The document nests deeper than " + MaxDepth + " levels.");
        }

        try
        {
            return ExpandCore(active, activeProperty, element, baseUrl, fromMap);
        }
        finally
        {
            depth--;
        }
    }

    private object? ExpandCore(ActiveContext active, string? activeProperty, object? element, string? baseUrl, bool fromMap)
    {
        // Step 1.
        if (element is null)
        {
            return null;
        }

        // Step 3.
        var propertyDefinition = activeProperty is null ? null : active.Get(activeProperty);
        var hasPropertyScope = propertyDefinition?.HasContext == true;

        // Step 4: scalars.
        if (JsonModel.IsScalar(element))
        {
            if (activeProperty is null or "@graph")
            {
                Report("the free-floating value " + Describe(element) + " is dropped");
                return null;
            }

            if (hasPropertyScope)
            {
                active = ProcessContext(active, propertyDefinition!.Context, propertyDefinition.BaseUrl, overrideProtected: true);
            }

            return ExpandValue(active, activeProperty, element);
        }

        // Step 5: arrays.
        if (element is JList array)
        {
            var result = new JList(array.Count);
            var isList = propertyDefinition?.HasContainer("@list") == true;
            foreach (var item in array)
            {
                var expanded = Expand(active, activeProperty, item, baseUrl, fromMap);
                if (isList && expanded is JList nested)
                {
                    expanded = new JMap(StringComparer.Ordinal) { ["@list"] = nested };
                }

                if (expanded is JList items)
                {
                    result.AddRange(items);
                }
                else if (expanded is not null)
                {
                    result.Add(expanded);
                }
            }

            return result;
        }

        var map = (JMap)element;

        // Step 7: a term-scoped context does not propagate into new node objects.
        if (active.PreviousContext is not null && !fromMap && !KeepsContext(active, map))
        {
            active = active.PreviousContext;
        }

        // Step 8-9.
        if (hasPropertyScope)
        {
            active = ProcessContext(active, propertyDefinition!.Context, propertyDefinition.BaseUrl, overrideProtected: true);
        }

        if (map.TryGetValue("@context", out var localContext))
        {
            active = ProcessContext(active, localContext, baseUrl);
        }

        // Step 10-11: type-scoped contexts, applied in lexicographic order of the types.
        var typeScoped = active;
        string? inputType = null;
        foreach (var key in SortedKeys(map))
        {
            if (ExpandIri(active, key, vocab: true) != "@type")
            {
                continue;
            }

            var types = JsonModel.AsList(map[key]).OfType<string>().ToList();
            var sorted = types.ToArray();
            Array.Sort(sorted, StringComparer.Ordinal);
            foreach (var type in sorted)
            {
                var typeDefinition = typeScoped.Get(type);
                if (typeDefinition?.HasContext == true)
                {
                    active = ProcessContext(active, typeDefinition.Context, typeDefinition.BaseUrl, propagate: false);
                }
            }

            if (inputType is null && types.Count > 0)
            {
                inputType = ExpandIri(active, types[^1], vocab: true);
            }
        }

        // Step 12-14.
        var output = new JMap(StringComparer.Ordinal);
        ExpandEntries(active, typeScoped, activeProperty, map, baseUrl, inputType, output);

        return FinishObject(activeProperty, output);
    }

    private bool KeepsContext(ActiveContext active, JMap map)
    {
        foreach (var key in map.Keys)
        {
            if (ExpandIri(active, key, vocab: true) == "@value")
            {
                return true;
            }
        }

        return map.Count == 1 && ExpandIri(active, map.Keys.First(), vocab: true) == "@id";
    }

    private static string[] SortedKeys(JMap map)
    {
        var keys = map.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }

    private object? FinishObject(string? activeProperty, JMap result)
    {
        // Step 15: value objects.
        if (result.TryGetValue("@value", out var value))
        {
            foreach (var key in result.Keys)
            {
                if (key is not ("@direction" or "@index" or "@language" or "@type" or "@value"))
                {
                    throw new JsonLdException("invalid value object", "A value object cannot contain " + key);
                }
            }

            if (result.ContainsKey("@type") && (result.ContainsKey("@language") || result.ContainsKey("@direction")))
            {
                throw new JsonLdException("invalid value object", "A value object cannot have both @type and @language or @direction.");
            }

            var type = result.GetValueOrDefault("@type");
            if (type is "@json")
            {
                // JSON literals carry any JSON value.
            }
            else if (value is null)
            {
                return null;
            }
            else if (value is not string && result.ContainsKey("@language"))
            {
                throw new JsonLdException("invalid language-tagged value", "Only strings can carry a language.");
            }
            else if (type is not null && (type is not string t || !Iri.IsWellFormed(t)))
            {
                throw new JsonLdException("invalid typed value", "The @type of a value must be an IRI.");
            }
            else if (value is JList or JMap)
            {
                throw new JsonLdException("invalid value object value", "@value must be a scalar.");
            }
        }
        else if (result.TryGetValue("@type", out var types) && types is not JList)
        {
            // Step 16.
            result["@type"] = new JList { types };
        }
        else if (result.ContainsKey("@set") || result.ContainsKey("@list"))
        {
            // Step 17.
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey("@index")))
            {
                throw new JsonLdException("invalid set or list object", "@set and @list objects may only add @index.");
            }

            if (result.TryGetValue("@set", out var set))
            {
                return set;
            }
        }

        // Step 18.
        if (result.Count == 1 && result.ContainsKey("@language"))
        {
            Report("a value object with only @language is dropped");
            return null;
        }

        // Step 19: top-level objects that carry no statements are dropped.
        if (activeProperty is null or "@graph")
        {
            if (result.Count == 0 || result.ContainsKey("@value") || result.ContainsKey("@list"))
            {
                if (result.Count > 0)
                {
                    Report("a free-floating value or list is dropped");
                }

                return null;
            }

            if (result.Count == 1 && result.ContainsKey("@id"))
            {
                return null;
            }
        }

        return result;
    }

    private static string Describe(object? value) => value is string s ? "\"" + s + "\"" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
