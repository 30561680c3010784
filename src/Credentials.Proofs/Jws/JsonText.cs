using System.Text.Json;
using System.Text.Unicode;

namespace Credentials.Proofs.Jws;

/// <summary>
/// Text rules for signed JSON (RFC 8259 §8.1, RFC 7493 §2.1): UTF-8 only, and no escaped lone surrogate. Parsers
/// disagree on both (replace, drop or fail), so a signature over such text does not say one thing: it is refused.
/// </summary>
public static class JsonText
{
    /// <summary>Why <paramref name="utf8"/> is not acceptable JSON text, or null when it is.</summary>
    public static string? Problem(ReadOnlySpan<byte> utf8)
    {
        if (!Utf8.IsValid(utf8))
        {
            return "it is not valid UTF-8";
        }

        return HasLoneSurrogate(utf8) ? "it escapes a lone UTF-16 surrogate (\\uD800–\\uDFFF without its pair)" : null;
    }

    /// <summary>Whether a JSON text escapes a high surrogate not followed by a low one, or a low one alone.</summary>
    public static bool HasLoneSurrogate(ReadOnlySpan<byte> json)
    {
        var expectLow = false;
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] != (byte)'\\' || i + 1 >= json.Length)
            {
                if (expectLow)
                {
                    return true;
                }

                continue;
            }

            if (json[i + 1] != (byte)'u')
            {
                if (expectLow)
                {
                    return true;
                }

                i++;
                continue;
            }

            if (i + 5 >= json.Length || !TryHex(json.Slice(i + 2, 4), out var unit))
            {
                return false; // malformed escape: the parser reports it
            }

            var isHigh = unit is >= 0xD800 and <= 0xDBFF;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (expectLow != isLow)
            {
                return true;
            }

            expectLow = isHigh;
            i += 5;
        }

        return expectLow;
    }

    private static bool TryHex(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            var d = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (d < 0)
            {
                return false;
            }

            value = (value << 4) | d;
        }

        return true;
    }

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
