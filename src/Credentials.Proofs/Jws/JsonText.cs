using System.Text.Json;

namespace Credentials.Proofs.Jws;

/// <summary>
/// Whether every string of a parsed JSON value can be read as text. System.Text.Json parses invalid UTF-8 inside a
/// string and a lone surrogate escape (<c>"\ud800"</c>) without complaint and throws only when the string is read
/// (RFC 8259 §8.1 requires UTF-8; RFC 8259 §8.2 leaves unpaired surrogates' behaviour unpredictable): a reader calls
/// this once after parsing and refuses such input as unreadable instead of crashing later.
/// </summary>
public static class JsonText
{
    /// <summary>True when every member name and string value under <paramref name="element"/> is well-formed Unicode.</summary>
    /// <param name="element">A parsed value (depth is bounded by the parser's <c>MaxDepth</c>).</param>
    public static bool IsReadable(JsonElement element)
    {
        try
        {
            return Walk(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                return true;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    _ = member.Name;
                    if (!Walk(member.Value))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!Walk(item))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }
}
