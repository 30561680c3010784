using System.Text.Json;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Elm;

/// <summary>
/// Tolerant accessors for ELM JSON-LD: every property may hold one value or an array of them, and anything of an
/// unexpected kind is treated as absent.
/// </summary>
internal static class ElmRead
{
    public static IEnumerable<JsonElement> Many(JsonElement node, string name)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList(),
            JsonValueKind.Null or JsonValueKind.Undefined => [],
            _ => [value],
        };
    }

    /// <summary>The first value of <see cref="Many"/>; read without building its list (this runs for every field shown).</summary>
    public static JsonElement? One(JsonElement node, string name) => First(node, name, objectsOnly: false);

    /// <summary>The first object among the values of <see cref="Many"/>.</summary>
    public static JsonElement? Object(JsonElement node, string name) => First(node, name, objectsOnly: true);

    private static JsonElement? First(JsonElement node, string name, bool objectsOnly)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var v in value.EnumerateArray())
            {
                if (objectsOnly ? v.ValueKind == JsonValueKind.Object : v.ValueKind != JsonValueKind.Null)
                {
                    return v;
                }
            }

            return null;
        }

        return value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined || (objectsOnly && value.ValueKind != JsonValueKind.Object)
            ? null
            : value;
    }

    public static string? String(JsonElement node, string name) =>
        One(node, name) is { ValueKind: JsonValueKind.String } value ? SafeString(value) : null;

    /// <summary>The string, or null when its bytes are not valid UTF-8 (System.Text.Json checks only on read).</summary>
    public static string? SafeString(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The node's <c>id</c>, also when the reference is given as a bare string.</summary>
    public static string? Id(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.String => SafeString(node),
        JsonValueKind.Object => String(node, "id"),
        _ => null,
    };

    /// <summary>A language map; JSON-LD value objects (<c>{"@value", "@language"}</c>) and bare strings are accepted.</summary>
    public static LanguageMap? Text(JsonElement node, string name)
    {
        // The common case, one plain language map, is read as it is rather than copied pair by pair.
        if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var only) && only.ValueKind == JsonValueKind.Object
            && !only.TryGetProperty("@value", out _))
        {
            return LanguageMap.FromJson(only);
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var value in Many(node, name))
        {
            if (value.ValueKind == JsonValueKind.String && SafeString(value) is { } text)
            {
                pairs.Add(new("en", text));
            }
            else if (value.ValueKind == JsonValueKind.Object && String(value, "@value") is { } literal)
            {
                var tag = String(value, "@language");
                pairs.Add(new(LanguageMap.IsWellFormedTag(tag) ? tag! : "en", literal));
            }
            else if (LanguageMap.FromJson(value) is { } map)
            {
                pairs.AddRange(map);
            }
        }

        return pairs.Count == 0 ? null : new LanguageMap(pairs);
    }

    /// <summary>The <c>noteLiteral</c> of a <c>Note</c> property.</summary>
    public static LanguageMap? Note(JsonElement node, string name) =>
        Object(node, name) is { } note ? Text(note, "noteLiteral") : null;

    public static Concept? Concept(JsonElement node, string name)
    {
        foreach (var value in Many(node, name))
        {
            if (ConceptOf(value) is { } concept)
            {
                return concept;
            }
        }

        return null;
    }

    public static IReadOnlyList<Concept> Concepts(JsonElement node, string name) =>
        [.. Many(node, name).Select(ConceptOf).OfType<Concept>()];

    public static Concept? ConceptOf(JsonElement value)
    {
        if (Id(value) is not { } id)
        {
            return null;
        }

        var scheme = One(value, "inScheme") is { } s ? Id(s) : null;
        var notation = String(value, "notation");
        return new Concept(id, scheme ?? string.Empty, Text(value, "prefLabel") ?? LanguageMap.Empty, notation);
    }

    /// <summary>The alpha-3 code of a country concept URI of the EU country table.</summary>
    public static string? CountryCode(Concept? concept)
    {
        if (concept is null)
        {
            return null;
        }

        return Vocabularies.Countries.CodeOf(concept.Id)
            ?? (concept.Id.StartsWith(ElmVocabulary.CountryScheme + "/", StringComparison.Ordinal)
                ? concept.Id[(ElmVocabulary.CountryScheme.Length + 1)..]
                : null);
    }
}
