using System.Text.Json;
using Credentials.Model.Vocabulary;

namespace Credentials.Verifier.Display;

/// <summary>
/// Labels of controlled-vocabulary concepts and countries in the reader's language, from the bundled
/// <c>Labels/concept-labels.json</c> (see its README for the source, the licence and which labels are the
/// project's own translation). Unknown concepts keep the label the credential gives.
/// </summary>
public static class ConceptLabels
{
    private static readonly Lazy<(Dictionary<string, Dictionary<string, string>> Concepts, Dictionary<string, Dictionary<string, string>> Countries)> Data = new(Load);

    /// <summary>The concept's label in <paramref name="language"/>, or null when the bundled table does not have it.</summary>
    public static string? Concept(string conceptId, string language)
    {
        ArgumentNullException.ThrowIfNull(conceptId);
        return Data.Value.Concepts.TryGetValue(conceptId, out var labels) && labels.TryGetValue(language, out var label) ? label : null;
    }

    /// <summary>
    /// The country's name in <paramref name="language"/> for an ISO 3166-1 alpha-3 code (e.g. <c>FIN</c> → Suomi,
    /// Finland, Finland); the EU table's English name when there is none in that language; null for an unknown code.
    /// </summary>
    public static string? Country(string? code, string language)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var upper = code.Trim().ToUpperInvariant();
        if (language != "en" && Data.Value.Countries.TryGetValue(upper, out var labels) && labels.TryGetValue(language, out var label))
        {
            return label;
        }

        return Vocabularies.Countries.Find(upper)?.PrefLabel.Best(["en"]);
    }

    /// <summary>Whether the bundled label is the project's own translation rather than an official EU label.</summary>
    public static bool IsOwnTranslation(string conceptIdOrCountry, string language) =>
        Data.Value.Concepts.GetValueOrDefault(conceptIdOrCountry)?.ContainsKey("own:" + language) == true
        || Data.Value.Countries.GetValueOrDefault(conceptIdOrCountry)?.ContainsKey("own:" + language) == true;

    private static (Dictionary<string, Dictionary<string, string>>, Dictionary<string, Dictionary<string, string>>) Load()
    {
        using var stream = typeof(ConceptLabels).Assembly.GetManifestResourceStream("Credentials.Verifier.Display.Labels.concept-labels.json")
            ?? throw new InvalidOperationException("the bundled concept labels are missing from the assembly");
        using var doc = JsonDocument.Parse(stream);
        return (Section(doc.RootElement, "concepts"), Section(doc.RootElement, "countries"));
    }

    private static Dictionary<string, Dictionary<string, string>> Section(JsonElement root, string name)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty(name).EnumerateObject())
        {
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in entry.Value.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.String)
                {
                    labels[p.Name] = p.Value.GetString()!;
                }
                else if (p.Name == "own")
                {
                    foreach (var own in p.Value.EnumerateArray())
                    {
                        labels["own:" + own.GetString()] = "true";
                    }
                }
            }

            result[entry.Name] = labels;
        }

        return result;
    }
}
