using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.JsonLd.Processing;

/// <summary>The JSON-LD 1.1 API operations this library implements: expansion and conversion to RDF.</summary>
public static class JsonLdProcessor
{
    /// <summary>Expands a JSON-LD document (JSON-LD 1.1 API §9.2 expand()).</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Loader, base IRI, safe mode and processing mode.</param>
    /// <returns>The expanded form, always an array of node objects.</returns>
    /// <exception cref="JsonLdException">The document is invalid (spec error code), needs a context the loader does
    /// not have, or, in safe mode, would lose data (code <c>safe mode violation</c>).</exception>
    public static JsonArray Expand(JsonElement document, JsonLdOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var expander = new Expander(options);
        var expanded = ExpandToModel(expander, document, options);
        expander.ThrowIfViolations();
        return (JsonArray)JsonModel.ToNode(expanded)!;
    }

    /// <summary>Converts a JSON-LD document to an RDF dataset (JSON-LD 1.1 API §9.2 toRdf()).</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Loader, base IRI, safe mode and processing mode.</param>
    /// <returns>The dataset; blank nodes are labelled <c>b0</c>, <c>b1</c>, ...</returns>
    /// <exception cref="JsonLdException">As for <see cref="Expand"/>; in safe mode also when a statement would be
    /// dropped for lack of an absolute IRI or a well-formed language tag.</exception>
    public static RdfDataset ToRdf(JsonElement document, JsonLdOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var expander = new Expander(options);
        var expanded = ExpandToModel(expander, document, options);
        var nodeMap = new NodeMapBuilder();
        nodeMap.Add(expanded, "@default", null, null, null);
        var dataset = new RdfSerializer(nodeMap, options, expander.Report).Serialize();
        expander.ThrowIfViolations();
        return dataset;
    }

    private static List<object?> ExpandToModel(Expander expander, JsonElement document, JsonLdOptions options)
    {
        var active = expander.InitialContext();
        if (options.ExpandContext is { } expandContext)
        {
            var context = JsonModel.FromElement(expandContext);
            if (context is Dictionary<string, object?> map && map.TryGetValue("@context", out var inner))
            {
                context = inner;
            }

            active = expander.ProcessContext(active, context, options.Base);
        }

        var expanded = expander.Expand(active, null, JsonModel.FromElement(document), options.Base);

        // JSON-LD 1.1 API §9.2 expand() step 8: unwrap a lone @graph, never return null.
        if (expanded is Dictionary<string, object?> top && top.Count == 1 && top.TryGetValue("@graph", out var graph))
        {
            expanded = graph;
        }

        return expanded switch
        {
            null => [],
            List<object?> list => list,
            _ => [expanded],
        };
    }
}
