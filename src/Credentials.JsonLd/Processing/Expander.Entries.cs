using JList = System.Collections.Generic.List<object?>;
using JMap = System.Collections.Generic.Dictionary<string, object?>;

namespace Credentials.JsonLd.Processing;

/// <content>Expansion steps 13-14: the entries of a map, including nested properties.</content>
internal sealed partial class Expander
{
    private void ExpandEntries(ActiveContext active, ActiveContext typeScoped, string? activeProperty, JMap element, string? baseUrl, string? inputType, JMap result)
    {
        List<string>? nests = null;
        foreach (var (key, value) in element)
        {
            // Step 13.1-13.3.
            if (key == "@context")
            {
                continue;
            }

            var property = ExpandIri(active, key, vocab: true);
            if (property is null || (!property.Contains(':', StringComparison.Ordinal) && !Keywords.IsKeyword(property)))
            {
                Report("the property \"" + key + "\" is not defined and is dropped");
                continue;
            }

            if (Keywords.IsKeyword(property))
            {
                if (ExpandKeyword(active, typeScoped, activeProperty, key, property, value, baseUrl, inputType, result))
                {
                    (nests ??= []).Add(key);
                }

                continue;
            }

            var definition = active.Get(key);
            var expanded = ExpandPropertyValue(active, key, definition, value, baseUrl);
            if (expanded is null)
            {
                continue;
            }

            // Step 13.11-13.12.
            if (definition?.HasContainer("@list") == true && !(expanded is JMap em && em.ContainsKey("@list")))
            {
                expanded = new JMap(StringComparer.Ordinal) { ["@list"] = JsonModel.AsList(expanded) };
            }

            if (definition?.HasContainer("@graph") == true && !definition.HasContainer("@id") && !definition.HasContainer("@index"))
            {
                var graphs = new JList();
                foreach (var item in JsonModel.AsList(expanded))
                {
                    graphs.Add(new JMap(StringComparer.Ordinal) { ["@graph"] = JsonModel.AsList(item) });
                }

                expanded = graphs;
            }

            // Step 13.13-13.14.
            if (definition?.Reverse == true)
            {
                var reverseMap = GetOrAddMap(result, "@reverse");
                foreach (var item in JsonModel.AsList(expanded))
                {
                    if (item is JMap im && (im.ContainsKey("@value") || im.ContainsKey("@list")))
                    {
                        throw new JsonLdException("invalid reverse property value", "A reverse property cannot point at a value or list.");
                    }

                    AddValue(reverseMap, property, item);
                }
            }
            else
            {
                AddValues(result, property, expanded);
            }
        }

        // Step 14: nested properties, in lexicographic order.
        if (nests is null)
        {
            return;
        }

        nests.Sort(StringComparer.Ordinal);
        foreach (var nestKey in nests)
        {
            foreach (var nested in JsonModel.AsList(element[nestKey]))
            {
                if (nested is not JMap nestedMap || nestedMap.Keys.Any(k => ExpandIri(active, k, vocab: true) == "@value"))
                {
                    throw new JsonLdException("invalid @nest value", "@nest values must be node-like objects.");
                }

                // A nesting term may carry its own property-scoped context (JSON-LD 1.1 API §5.1.2 step 14.2).
                var nestActive = active;
                if (active.Get(nestKey) is { HasContext: true } nestDefinition)
                {
                    nestActive = ProcessContext(active, nestDefinition.Context, nestDefinition.BaseUrl, overrideProtected: true);
                }

                ExpandEntries(nestActive, typeScoped, activeProperty, nestedMap, baseUrl, inputType, result);
            }
        }
    }

    private object? ExpandPropertyValue(ActiveContext active, string key, TermDefinition? definition, object? value, string? baseUrl)
    {
        // Step 13.6: JSON literals.
        if (definition?.TypeMapping == "@json")
        {
            return new JMap(StringComparer.Ordinal) { ["@value"] = value, ["@type"] = "@json" };
        }

        // Step 13.7: language maps.
        if (definition?.HasContainer("@language") == true && value is JMap languageMap)
        {
            var values = new JList();
            var direction = definition.HasDirection ? definition.Direction : active.DefaultDirection;
            foreach (var language in SortedKeys(languageMap))
            {
                foreach (var item in JsonModel.AsList(languageMap[language]))
                {
                    if (item is null)
                    {
                        continue;
                    }

                    if (item is not string text)
                    {
                        throw new JsonLdException("invalid language map value", "Language map values must be strings.");
                    }

                    var v = new JMap(StringComparer.Ordinal) { ["@value"] = text };
                    if (language != "@none" && ExpandIri(active, language, vocab: true) != "@none")
                    {
                        CheckLanguage(language);
                        v["@language"] = language.ToLowerInvariant();
                    }

                    if (direction is not null)
                    {
                        v["@direction"] = direction;
                    }

                    values.Add(v);
                }
            }

            return values;
        }

        // Step 13.8: index, id and type maps.
        if (definition is not null && (definition.HasContainer("@index") || definition.HasContainer("@type") || definition.HasContainer("@id")) && value is JMap indexMap)
        {
            return ExpandIndexMap(active, key, definition, indexMap, baseUrl);
        }

        // Step 13.9.
        return Expand(active, key, value, baseUrl);
    }

    private JList ExpandIndexMap(ActiveContext active, string key, TermDefinition definition, JMap indexMap, string? baseUrl)
    {
        var values = new JList();
        var indexKey = definition.Index ?? "@index";
        foreach (var index in SortedKeys(indexMap))
        {
            // Step 13.8.3.1-13.8.3.3: only a type-scoped context of the index changes the map context.
            var mapContext = active;
            if (definition.HasContainer("@type"))
            {
                var outer = active.PreviousContext ?? active;
                if (outer.Get(index) is { HasContext: true } indexDefinition)
                {
                    mapContext = ProcessContext(outer, indexDefinition.Context, indexDefinition.BaseUrl);
                }
            }

            var expandedIndex = ExpandIri(active, index, vocab: true);
            var items = Expand(mapContext, key, JsonModel.AsList(indexMap[index]), baseUrl, fromMap: true);
            foreach (var entry in JsonModel.AsList(items))
            {
                var item = entry;
                if (definition.HasContainer("@graph") && !(item is JMap gm && IsGraphObject(gm)))
                {
                    item = new JMap(StringComparer.Ordinal) { ["@graph"] = JsonModel.AsList(item) };
                }

                var itemMap = item as JMap;
                if (definition.HasContainer("@index") && indexKey != "@index" && expandedIndex != "@none")
                {
                    // Step 13.8.3.7.2: a property-valued index becomes a statement on the node.
                    if (itemMap is null || itemMap.ContainsKey("@value"))
                    {
                        throw new JsonLdException("invalid value object", "A property-valued index needs node objects.");
                    }

                    var reExpanded = ExpandValue(active, indexKey, index);
                    var indexProperty = ExpandIri(active, indexKey, vocab: true)!;
                    var propertyValues = new JList { reExpanded };
                    if (itemMap.TryGetValue(indexProperty, out var existing))
                    {
                        propertyValues.AddRange(JsonModel.AsList(existing));
                    }

                    itemMap[indexProperty] = propertyValues;
                }
                else if (definition.HasContainer("@index") && itemMap is not null && !itemMap.ContainsKey("@index") && expandedIndex != "@none")
                {
                    itemMap["@index"] = index;
                }
                else if (definition.HasContainer("@id") && itemMap is not null && !itemMap.ContainsKey("@id") && expandedIndex != "@none")
                {
                    itemMap["@id"] = ExpandIri(active, index, documentRelative: true);
                }
                else if (definition.HasContainer("@type") && itemMap is not null && expandedIndex != "@none")
                {
                    var types = new JList { expandedIndex };
                    if (itemMap.TryGetValue("@type", out var existingTypes))
                    {
                        types.AddRange(JsonModel.AsList(existingTypes));
                    }

                    itemMap["@type"] = types;
                }

                values.Add(item);
            }
        }

        return values;
    }

    private static bool IsGraphObject(JMap map) =>
        map.ContainsKey("@graph") && map.Keys.All(k => k is "@graph" or "@id" or "@index" or "@context");

    private static JMap GetOrAddMap(JMap map, string key)
    {
        if (map.TryGetValue(key, out var existing) && existing is JMap m)
        {
            return m;
        }

        var created = new JMap(StringComparer.Ordinal);
        map[key] = created;
        return created;
    }

    /// <summary>Adds values under a key, always as an array (JSON-LD 1.1 API §5.1.2 step 13.14).</summary>
    private static void AddValues(JMap map, string key, object? value)
    {
        if (!map.TryGetValue(key, out var existing) || existing is not JList list)
        {
            list = existing is null ? new JList() : new JList { existing };
            map[key] = list;
        }

        if (value is JList values)
        {
            list.AddRange(values);
        }
        else
        {
            list.Add(value);
        }
    }

    private static void AddValue(JMap map, string key, object? value) => AddValues(map, key, value);
}
