using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): members sorted by the UTF-16 code units of their names, no
/// whitespace, ECMAScript number form, minimal string escaping, UTF-8 output.
/// </summary>
public static class Jcs
{
    private const int JsonDepthLimit = 256;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Canonicalizes <paramref name="value"/> to UTF-8 bytes.</summary>
    /// <param name="value">Any JSON value.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException">The value has no canonical form: a number outside the IEEE 754 double
    /// range, a lone surrogate, or a duplicate member name (RFC 8785 §3.1, I-JSON).</exception>
    public static byte[] Canonicalize(JsonElement value) =>
        TryCanonicalize(value, out var utf8, out var error) ? utf8 : throw new ArgumentException(error, nameof(value));

    /// <summary>Canonicalizes <paramref name="value"/> to UTF-8 bytes.</summary>
    /// <param name="value">Any JSON node; null is the JSON literal <c>null</c>.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException">As for the <see cref="JsonElement"/> overload.</exception>
    public static byte[] Canonicalize(JsonNode? value) =>
        TryCanonicalize(value, out var utf8, out var error) ? utf8 : throw new ArgumentException(error, nameof(value));

    /// <summary>Canonicalizes <paramref name="value"/>, or says why it cannot be.</summary>
    /// <param name="value">Any JSON value.</param>
    /// <param name="utf8">The canonical UTF-8 bytes on success.</param>
    /// <param name="error">Why there is no canonical form, on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryCanonicalize(JsonElement value, [NotNullWhen(true)] out byte[]? utf8, [NotNullWhen(false)] out string? error)
    {
        var builder = new StringBuilder();
        return Finish(builder, WriteElement(builder, value, 0), out utf8, out error);
    }

    /// <summary>Canonicalizes <paramref name="value"/>, or says why it cannot be.</summary>
    /// <param name="value">Any JSON node; null is the JSON literal <c>null</c>.</param>
    /// <param name="utf8">The canonical UTF-8 bytes on success.</param>
    /// <param name="error">Why there is no canonical form, on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryCanonicalize(JsonNode? value, [NotNullWhen(true)] out byte[]? utf8, [NotNullWhen(false)] out string? error)
    {
        var builder = new StringBuilder();
        return Finish(builder, WriteNode(builder, value, 0), out utf8, out error);
    }

    private static bool Finish(StringBuilder builder, string? failure, [NotNullWhen(true)] out byte[]? utf8, [NotNullWhen(false)] out string? error)
    {
        utf8 = null;
        error = failure;
        if (error is not null)
        {
            return false;
        }

        try
        {
            // RFC 8785 §3.2.4: the canonical text is emitted as UTF-8; lone surrogates have no UTF-8 form.
            utf8 = StrictUtf8.GetBytes(builder.ToString());
            return true;
        }
        catch (EncoderFallbackException)
        {
            error = "a string contains a lone surrogate, which has no UTF-8 form (RFC 8785 §3.2.2.2)";
            return false;
        }
    }

    private static string? WriteElement(StringBuilder builder, JsonElement value, int depth)
    {
        if (depth > JsonDepthLimit)
        {
            return "the value is nested too deeply";
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<KeyValuePair<string, JsonElement>>();
                foreach (var property in value.EnumerateObject())
                {
                    members.Add(new(property.Name, property.Value));
                }

                return WriteMembers(builder, members, depth, static (b, v, d) => WriteElement(b, v, d));
            case JsonValueKind.Array:
                builder.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    if (WriteElement(builder, item, depth + 1) is { } error)
                    {
                        return error;
                    }
                }

                builder.Append(']');
                return null;
            case JsonValueKind.String:
                string text;
                try
                {
                    text = value.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    return "a string contains an escaped lone surrogate (RFC 8785 §3.2.2.2)";
                }

                WriteString(builder, text);
                return null;
            case JsonValueKind.Number:
                return WriteNumber(builder, value.GetRawText());
            case JsonValueKind.True:
                builder.Append("true");
                return null;
            case JsonValueKind.False:
                builder.Append("false");
                return null;
            case JsonValueKind.Null:
                builder.Append("null");
                return null;
            default:
                return "the value is not JSON";
        }
    }

    private static string? WriteNode(StringBuilder builder, JsonNode? value, int depth)
    {
        if (depth > JsonDepthLimit)
        {
            return "the value is nested too deeply";
        }

        switch (value)
        {
            case null:
                builder.Append("null");
                return null;
            case JsonObject obj:
                var members = new List<KeyValuePair<string, JsonNode?>>(obj.Count);
                foreach (var property in obj)
                {
                    members.Add(property);
                }

                return WriteMembers(builder, members, depth, static (b, v, d) => WriteNode(b, v, d));
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    if (WriteNode(builder, array[i], depth + 1) is { } error)
                    {
                        return error;
                    }
                }

                builder.Append(']');
                return null;
            default:
                var leaf = (JsonValue)value;
                if (leaf.TryGetValue<JsonElement>(out var element))
                {
                    return WriteElement(builder, element, depth);
                }

                // Strings are written as held, so that a lone surrogate reaches the strict UTF-8 encoder instead of
                // being replaced by U+FFFD on a round trip through JSON text.
                if (leaf.TryGetValue<string>(out var text))
                {
                    WriteString(builder, text);
                    return null;
                }

                // A value built in code (string, number, bool, ...): take its JSON text and canonicalize that.
                using (var parsed = JsonDocument.Parse(leaf.ToJsonString()))
                {
                    return WriteElement(builder, parsed.RootElement, depth);
                }
        }
    }

    private static string? WriteMembers<T>(StringBuilder builder, List<KeyValuePair<string, T>> members, int depth, Func<StringBuilder, T, int, string?> write)
    {
        // RFC 8785 §3.2.3: sort by the names' UTF-16 code units, which is what ordinal comparison does.
        members.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        builder.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                if (string.Equals(members[i - 1].Key, members[i].Key, StringComparison.Ordinal))
                {
                    return "duplicate member name \"" + members[i].Key + "\" (RFC 8785 §3.1 requires I-JSON)";
                }

                builder.Append(',');
            }

            WriteString(builder, members[i].Key);
            builder.Append(':');
            if (write(builder, members[i].Value, depth + 1) is { } error)
            {
                return error;
            }
        }

        builder.Append('}');
        return null;
    }

    private static string? WriteNumber(StringBuilder builder, string raw)
    {
        // RFC 8785 §3.2.2.3: numbers are IEEE 754 doubles; one that overflows has no canonical form.
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return "the number " + (raw.Length > 40 ? raw[..40] + "…" : raw) + " is outside the IEEE 754 double range";
        }

        EcmaScriptNumber.Append(builder, number);
        return null;
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        // RFC 8785 §3.2.2.2: escape only '"', '\' and U+0000..U+001F; the five controls with a short JSON form use
        // it, the others \u00xx in lower case; everything else is written as is.
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case < ' ':
                    builder.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

}
