using JList = System.Collections.Generic.List<object?>;
using JMap = System.Collections.Generic.Dictionary<string, object?>;

namespace Credentials.JsonLd.Processing;

/// <summary>Node Map Generation (JSON-LD 1.1 API §7.2.2) over expanded JSON-LD.</summary>
internal sealed class NodeMapBuilder
{
    private readonly Dictionary<string, string> blankNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<JList, HashSet<string>> uniqueKeys = new(ReferenceEqualityComparer.Instance);
    private int counter;

    public Dictionary<string, Dictionary<string, JMap>> Graphs { get; } = new(StringComparer.Ordinal)
    {
        ["@default"] = new Dictionary<string, JMap>(StringComparer.Ordinal),
    };

    /// <summary>Issues a fresh blank node identifier, or the one already issued for <paramref name="existing"/>.</summary>
    public string BlankNode(string? existing = null)
    {
        if (existing is not null && blankNodes.TryGetValue(existing, out var issued))
        {
            return issued;
        }

        issued = "_:b" + counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        counter++;
        if (existing is not null)
        {
            blankNodes[existing] = issued;
        }

        return issued;
    }

    public void Add(object? element, string activeGraph, object? activeSubject, string? activeProperty, JMap? list)
    {
        // Step 1.
        if (element is JList array)
        {
            foreach (var item in array)
            {
                Add(item, activeGraph, activeSubject, activeProperty, list);
            }

            return;
        }

        if (element is not JMap source)
        {
            return;
        }

        // Step 2.
        var map = new JMap(source, StringComparer.Ordinal);
        if (!Graphs.TryGetValue(activeGraph, out var graph))
        {
            graph = new Dictionary<string, JMap>(StringComparer.Ordinal);
            Graphs[activeGraph] = graph;
        }

        var subjectNode = activeSubject is string subjectId ? graph[subjectId] : null;

        // Step 3.
        if (map.TryGetValue("@type", out var typeValue))
        {
            var types = new JList();
            foreach (var type in JsonModel.AsList(typeValue))
            {
                types.Add(type is string t && Iri.IsBlankNode(t) ? BlankNode(t) : type);
            }

            map["@type"] = map.ContainsKey("@value") ? typeValue : types;
        }

        if (map.ContainsKey("@value"))
        {
            // Step 4.
            if (list is null)
            {
                AddUnique(subjectNode!, activeProperty!, map);
            }
            else
            {
                ((JList)list["@list"]!).Add(map);
            }

            return;
        }

        if (map.TryGetValue("@list", out var listValue))
        {
            // Step 5.
            var result = new JMap(StringComparer.Ordinal) { ["@list"] = new JList() };
            Add(listValue, activeGraph, activeSubject, activeProperty, result);
            if (list is null)
            {
                AddAlways(subjectNode!, activeProperty!, result);
            }
            else
            {
                ((JList)list["@list"]!).Add(result);
            }

            return;
        }

        // Step 6: node objects.
        string id;
        if (map.TryGetValue("@id", out var idValue))
        {
            if (idValue is not string existingId)
            {
                // An @id that expanded to null names no node: nothing about it can become RDF.
                return;
            }

            id = existingId;
            if (Iri.IsBlankNode(id))
            {
                id = BlankNode(id);
            }

            map.Remove("@id");
        }
        else
        {
            id = BlankNode();
        }

        if (!graph.TryGetValue(id, out var node))
        {
            node = new JMap(StringComparer.Ordinal) { ["@id"] = id };
            graph[id] = node;
        }

        if (activeSubject is JMap reverseSubject)
        {
            // Step 6.4: a reverse property points from this node back to the subject.
            AddUnique(node, activeProperty!, reverseSubject);
        }
        else if (activeProperty is not null)
        {
            var reference = new JMap(StringComparer.Ordinal) { ["@id"] = id };
            if (list is null)
            {
                AddUnique(subjectNode!, activeProperty, reference);
            }
            else
            {
                ((JList)list["@list"]!).Add(reference);
            }
        }

        if (map.TryGetValue("@type", out var nodeTypes))
        {
            foreach (var type in JsonModel.AsList(nodeTypes))
            {
                AddUnique(node, "@type", type);
            }

            map.Remove("@type");
        }

        if (map.TryGetValue("@index", out var index))
        {
            if (node.TryGetValue("@index", out var existingIndex) && !JsonModel.DeepEquals(existingIndex, index))
            {
                throw new JsonLdException("conflicting indexes", "The node " + id + " has two different @index values.");
            }

            node["@index"] = index;
            map.Remove("@index");
        }

        if (map.TryGetValue("@reverse", out var reverseValue) && reverseValue is JMap reverseMap)
        {
            var referenced = new JMap(StringComparer.Ordinal) { ["@id"] = id };
            foreach (var (property, values) in reverseMap)
            {
                foreach (var value in JsonModel.AsList(values))
                {
                    Add(value, activeGraph, referenced, property, null);
                }
            }

            map.Remove("@reverse");
        }

        if (map.TryGetValue("@graph", out var graphValue))
        {
            Add(graphValue, id, null, null, null);
            map.Remove("@graph");
        }

        if (map.TryGetValue("@included", out var includedValue))
        {
            Add(includedValue, activeGraph, null, null, null);
            map.Remove("@included");
        }

        var properties = map.Keys.ToArray();
        Array.Sort(properties, StringComparer.Ordinal);
        foreach (var key in properties)
        {
            var property = Iri.IsBlankNode(key) ? BlankNode(key) : key;
            if (!node.ContainsKey(property))
            {
                node[property] = new JList();
            }

            Add(map[key], activeGraph, id, property, null);
        }
    }

    private void AddUnique(JMap node, string property, object? value)
    {
        if (!node.TryGetValue(property, out var existing) || existing is not JList list)
        {
            list = new JList();
            node[property] = list;
        }

        // Node Map Generation adds each value "unless it is already present": short lists are scanned, long ones
        // get a set of canonical keys so long arrays of references stay linear instead of comparing every pair.
        if (!uniqueKeys.TryGetValue(list, out var keys))
        {
            if (list.Count < 8)
            {
                foreach (var item in list)
                {
                    if (JsonModel.DeepEquals(item, value))
                    {
                        return;
                    }
                }

                list.Add(value);
                return;
            }

            keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in list)
            {
                keys.Add(Jcs.SerializeModel(item));
            }

            uniqueKeys.Add(list, keys);
        }

        if (keys.Add(Jcs.SerializeModel(value)))
        {
            list.Add(value);
        }
    }

    private static void AddAlways(JMap node, string property, object? value)
    {
        if (!node.TryGetValue(property, out var existing) || existing is not JList list)
        {
            list = new JList();
            node[property] = list;
        }

        list.Add(value);
    }
}
