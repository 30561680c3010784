using JList = System.Collections.Generic.List<object?>;
using JMap = System.Collections.Generic.Dictionary<string, object?>;

namespace Credentials.JsonLd.Processing;

/// <summary>Deserialize JSON-LD to RDF (JSON-LD 1.1 API §8.1.2) from a node map.</summary>
internal sealed class RdfSerializer
{
    private readonly NodeMapBuilder nodeMap;
    private readonly JsonLdOptions options;
    private readonly Action<string> report;
    private readonly RdfDataset dataset = new();

    public RdfSerializer(NodeMapBuilder nodeMap, JsonLdOptions options, Action<string> report)
    {
        this.nodeMap = nodeMap;
        this.options = options;
        this.report = report;
    }

    public RdfDataset Serialize()
    {
        var graphNames = nodeMap.Graphs.Keys.ToArray();
        Array.Sort(graphNames, StringComparer.Ordinal);
        foreach (var graphName in graphNames)
        {
            RdfTerm? graphTerm = null;
            if (graphName != "@default")
            {
                graphTerm = ToNodeTerm(graphName);
                if (graphTerm is null)
                {
                    report("the graph name \"" + graphName + "\" is not an absolute IRI; its statements are dropped");
                    continue;
                }
            }

            var graph = nodeMap.Graphs[graphName];
            var subjects = graph.Keys.ToArray();
            Array.Sort(subjects, StringComparer.Ordinal);
            foreach (var subjectId in subjects)
            {
                var subject = ToNodeTerm(subjectId);
                if (subject is null)
                {
                    report("the node \"" + subjectId + "\" is not an absolute IRI; its statements are dropped");
                    continue;
                }

                SerializeNode(graph[subjectId], subject, graphTerm);
            }
        }

        return dataset;
    }

    private void SerializeNode(JMap node, RdfTerm subject, RdfTerm? graph)
    {
        var properties = node.Keys.ToArray();
        Array.Sort(properties, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (node[property] is not JList values)
            {
                continue;
            }

            if (property == "@type")
            {
                foreach (var type in values)
                {
                    if (type is string t && ToNodeTerm(t) is { } typeTerm)
                    {
                        dataset.Add(new Quad(subject, RdfTerm.Iri(RdfVocabulary.Type), typeTerm, graph));
                    }
                    else
                    {
                        report("the type \"" + type + "\" is not an absolute IRI and is dropped");
                    }
                }

                continue;
            }

            if (Keywords.IsKeyword(property))
            {
                continue;
            }

            RdfTerm predicate;
            if (Iri.IsBlankNode(property))
            {
                if (!options.ProduceGeneralizedRdf)
                {
                    report("the property \"" + property + "\" is a blank node and is dropped");
                    continue;
                }

                predicate = RdfTerm.BlankNode(property);
            }
            else if (Iri.IsWellFormed(property))
            {
                predicate = RdfTerm.Iri(property);
            }
            else
            {
                report("the property \"" + property + "\" is not an absolute IRI and is dropped");
                continue;
            }

            foreach (var item in values)
            {
                var obj = ToObject(item, graph);
                if (obj is not null)
                {
                    dataset.Add(new Quad(subject, predicate, obj, graph));
                }
            }
        }
    }

    private static RdfTerm? ToNodeTerm(string id)
    {
        if (Iri.IsBlankNode(id))
        {
            return RdfTerm.BlankNode(id);
        }

        return Iri.IsWellFormed(id) ? RdfTerm.Iri(id) : null;
    }

    /// <summary>Object to RDF (JSON-LD 1.1 API §8.1.4); list triples are added to the dataset directly.</summary>
    private RdfTerm? ToObject(object? item, RdfTerm? graph)
    {
        if (item is not JMap map)
        {
            return null;
        }

        if (!map.ContainsKey("@value") && !map.ContainsKey("@list"))
        {
            var id = map.GetValueOrDefault("@id") as string;
            var term = id is null ? null : ToNodeTerm(id);
            if (term is null)
            {
                report("the reference \"" + id + "\" is not an absolute IRI and is dropped");
            }

            return term;
        }

        if (map.TryGetValue("@list", out var list))
        {
            return ToList((JList)list!, graph);
        }

        var value = map["@value"];
        var datatype = map.GetValueOrDefault("@type") as string;
        var language = map.GetValueOrDefault("@language") as string;
        if (datatype is not null && datatype != "@json" && !Iri.IsWellFormed(datatype))
        {
            report("the datatype \"" + datatype + "\" is not an absolute IRI; the value is dropped");
            return null;
        }

        if (language is not null && !LanguageTag.IsWellFormed(language))
        {
            report("the language tag \"" + language + "\" is not well-formed; the value is dropped");
            return null;
        }

        string lexical;
        if (datatype == "@json")
        {
            lexical = Jcs.SerializeModel(value);
            datatype = RdfVocabulary.Json;
        }
        else if (value is bool b)
        {
            lexical = b ? "true" : "false";
            datatype ??= RdfVocabulary.XsdBoolean;
        }
        else if (value is double d)
        {
            if (d != Math.Floor(d) || Math.Abs(d) >= 1e21 || datatype == RdfVocabulary.XsdDouble)
            {
                lexical = JsonModel.CanonicalDouble(d);
                datatype ??= RdfVocabulary.XsdDouble;
            }
            else
            {
                lexical = JsonModel.IntegerString(d);
                datatype ??= RdfVocabulary.XsdInteger;
            }
        }
        else
        {
            lexical = (string)value!;
        }

        if (map.GetValueOrDefault("@direction") is string direction && options.RdfDirection is not null)
        {
            return ToDirectional(lexical, language, direction, graph);
        }

        return language is not null && datatype is null
            ? RdfTerm.Literal(lexical, null, language)
            : RdfTerm.Literal(lexical, datatype);
    }

    private RdfTerm ToDirectional(string lexical, string? language, string direction, RdfTerm? graph)
    {
        if (options.RdfDirection == "i18n-datatype")
        {
            return RdfTerm.Literal(lexical, "https://www.w3.org/ns/i18n#" + (language?.ToLowerInvariant() ?? string.Empty) + "_" + direction);
        }

        // compound-literal: a blank node with rdf:value, rdf:language and rdf:direction.
        var node = RdfTerm.BlankNode(nodeMap.BlankNode());
        dataset.Add(new Quad(node, RdfTerm.Iri(RdfVocabulary.Value), RdfTerm.Literal(lexical), graph));
        if (language is not null)
        {
            dataset.Add(new Quad(node, RdfTerm.Iri(RdfVocabulary.Language), RdfTerm.Literal(language.ToLowerInvariant()), graph));
        }

        dataset.Add(new Quad(node, RdfTerm.Iri(RdfVocabulary.Direction), RdfTerm.Literal(direction), graph));
        return node;
    }

    /// <summary>List to RDF Conversion (JSON-LD 1.1 API §8.1.5).</summary>
    private RdfTerm ToList(JList items, RdfTerm? graph)
    {
        if (items.Count == 0)
        {
            return RdfTerm.Iri(RdfVocabulary.Nil);
        }

        var nodes = new RdfTerm[items.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = RdfTerm.BlankNode(nodeMap.BlankNode());
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            var obj = ToObject(items[i], graph);
            if (obj is not null)
            {
                dataset.Add(new Quad(nodes[i], RdfTerm.Iri(RdfVocabulary.First), obj, graph));
            }

            var rest = i + 1 < nodes.Length ? nodes[i + 1] : RdfTerm.Iri(RdfVocabulary.Nil);
            dataset.Add(new Quad(nodes[i], RdfTerm.Iri(RdfVocabulary.Rest), rest, graph));
        }

        return nodes[0];
    }
}
