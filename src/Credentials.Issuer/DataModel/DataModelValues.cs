using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Credentials.Issuer.DataModel;

/// <summary>The value shapes VC Data Model 2.0 names: URLs (§4.4), terms or URLs (§4.5), language value objects (§11.1).</summary>
internal static partial class DataModelValues
{
    /// <summary>A single absolute URL (VCDM 2.0 §4.4: "a single URL"): an RFC 3986 scheme, no white space.</summary>
    public static bool IsUrl(JsonNode? node) => AsString(node) is { Length: > 0 and <= 2048 } text
        && Scheme().IsMatch(text)
        && !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out _);

    /// <summary>The node as a string, or null when it is not a JSON string.</summary>
    public static string? AsString(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>The node as a list of items: an array's items, or the node itself (a one-item set, VCDM 2.0 §4.1).</summary>
    public static IEnumerable<(JsonNode? Item, string Pointer)> Items(JsonNode? node, string pointer) => node is JsonArray array
        ? array.Select((item, i) => (item, $"{pointer}/{i}"))
        : [(node, pointer)];

    /// <summary>
    /// A string, or a language value object (<c>@value</c> string with optional <c>@language</c> and <c>@direction</c>
    /// and nothing else, VCDM 2.0 §11.1), or an array of those.
    /// </summary>
    public static bool IsLanguageValue(JsonNode? node) => node switch
    {
        JsonArray array => array.Count > 0 && array.All(item => item is not JsonArray && IsLanguageValue(item)),
        JsonObject o => AsString(o["@value"]) is not null
            && o.All(p => p.Key switch
            {
                "@value" => true,
                "@language" => AsString(p.Value) is { Length: > 0 },
                "@direction" => AsString(p.Value) is "ltr" or "rtl",
                _ => false,
            }),
        _ => AsString(node) is not null,
    };

    /// <summary>A <c>type</c> value: one term or URL string, or a non-empty array of them (VCDM 2.0 §4.5).</summary>
    public static bool IsTypeValue(JsonNode? node) => node switch
    {
        JsonArray array => array.Count > 0 && array.All(t => AsString(t) is { Length: > 0 }),
        _ => AsString(node) is { Length: > 0 },
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Scheme();
}
