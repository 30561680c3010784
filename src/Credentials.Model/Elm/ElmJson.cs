using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Elm;

/// <summary>Small builders for recurring ELM JSON-LD nodes.</summary>
internal static class ElmJson
{
    public static JsonObject Concept(Concept concept)
    {
        var node = new JsonObject
        {
            ["id"] = concept.Id,
            ["type"] = "Concept",
            ["inScheme"] = new JsonObject { ["id"] = concept.Scheme, ["type"] = "ConceptScheme" },
        };
        if (concept.Notation is not null)
        {
            node["notation"] = concept.Notation;
        }

        if (!concept.PrefLabel.IsEmpty)
        {
            node["prefLabel"] = concept.PrefLabel.ToJson();
        }

        return node;
    }

    public static JsonObject Note(string id, LanguageMap text) =>
        new() { ["id"] = id, ["type"] = "Note", ["noteLiteral"] = text.ToJson() };

    /// <summary>One value as itself, several as an array: the shape the Annex I sample uses.</summary>
    public static JsonNode OneOrMany(IReadOnlyList<JsonNode> nodes) =>
        nodes.Count == 1 ? nodes[0] : new JsonArray([.. nodes]);

    /// <summary>
    /// xsd:dateTime in UTC with second precision (<c>2026-06-01T12:00:00Z</c>), the form of the sample's
    /// <c>validFrom</c>; fractions are dropped so the output is stable across clocks.
    /// </summary>
    public static string DateTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
