using System.Text.Json.Nodes;

namespace Credentials.TestKit.W3c;

/// <summary>
/// Applies a manifest row's <c>mutate</c> member, the change a W3C suite makes to a credential before sending it:
/// <c>{"remove": ptr}</c>, <c>{"set": ptr, "value": v}</c>, <c>{"add": ptr, "value": v}</c> (<c>-</c> appends to an
/// array, RFC 6901 §4), <c>{"dropFirstChar": ptr}</c> (a multibase header removed), <c>{"afterLastComma": ptr}</c>
/// (a <c>data:</c> URL cut to its data, as <c>id.split(',').pop()</c>) or <c>{"stringify": true}</c>.
/// </summary>
public static class JsonMutation
{
    /// <summary>A mutated copy of <paramref name="document"/>; the document itself when <paramref name="mutate"/> is null.</summary>
    /// <exception cref="ArgumentException">The mutation names no known operation or a pointer that does not resolve.</exception>
    public static JsonNode? Apply(JsonNode document, JsonObject? mutate)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (mutate is null)
        {
            return document;
        }

        var copy = document.DeepClone();
        if (mutate.ContainsKey("stringify"))
        {
            return JsonValue.Create(copy.ToJsonString());
        }

        var (operation, pointer) = mutate.ContainsKey("remove") ? ("remove", (string)mutate["remove"]!)
            : mutate.ContainsKey("set") ? ("set", (string)mutate["set"]!)
            : mutate.ContainsKey("add") ? ("add", (string)mutate["add"]!)
            : mutate.ContainsKey("dropFirstChar") ? ("dropFirstChar", (string)mutate["dropFirstChar"]!)
            : mutate.ContainsKey("afterLastComma") ? ("afterLastComma", (string)mutate["afterLastComma"]!)
            : throw new ArgumentException($"Unknown mutation {mutate.ToJsonString()}.", nameof(mutate));
        var tokens = pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        var parent = tokens[..^1].Aggregate(copy, (node, token) => Child(node, token) ?? throw new ArgumentException($"{pointer} does not resolve.", nameof(mutate)));
        var last = tokens[^1];
        var value = mutate["value"]?.DeepClone();
        switch (operation, parent)
        {
            case ("remove", JsonObject o):
                o.Remove(last);
                break;
            case ("remove", JsonArray a):
                a.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ("add", JsonArray a) when last == "-":
                a.Add(value);
                break;
            case ("dropFirstChar", JsonObject o):
                o[last] = ((string)o[last]!)[1..];
                break;
            case ("afterLastComma", JsonObject o):
                o[last] = ((string)o[last]!).Split(',')[^1];
                break;
            case (_, JsonObject o):
                o[last] = value;
                break;
            default:
                throw new ArgumentException($"Cannot {operation} {pointer}.", nameof(mutate));
        }

        return copy;
    }

    private static JsonNode? Child(JsonNode node, string token) => node switch
    {
        JsonObject o => o[token],
        JsonArray a => a[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)],
        _ => null,
    };
}
