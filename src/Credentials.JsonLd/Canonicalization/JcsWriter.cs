using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Credentials.JsonLd.Canonicalization;

/// <summary>Writes the RFC 8785 form straight to UTF-8; each method returns an error text or null.</summary>
internal sealed class JcsWriter
{
    private const int DepthLimit = 256;
    private const string LoneSurrogate = "a string contains a lone surrogate, which has no UTF-8 form (RFC 8785 §3.2.2.2)";
    private readonly ArrayBufferWriter<byte> _output = new(4096);
    private readonly StringBuilder _number = new(32);

    public ReadOnlySpan<byte> Written => _output.WrittenSpan;

    public string? Write(JsonElement value, int depth)
    {
        if (depth > DepthLimit)
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

                return WriteMembers(members, depth, static (w, v, d) => w.Write(v, d));
            case JsonValueKind.Array:
                return WriteItems(value.EnumerateArray(), depth, static (w, v, d) => w.Write(v, d));
            case JsonValueKind.String:
                string text;
                try
                {
                    text = value.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    return LoneSurrogate;
                }

                return WriteString(text);
            case JsonValueKind.Number:
                return WriteNumber(value.GetRawText());
            case JsonValueKind.True:
                Ascii("true");
                return null;
            case JsonValueKind.False:
                Ascii("false");
                return null;
            case JsonValueKind.Null:
                Ascii("null");
                return null;
            default:
                return "the value is not JSON";
        }
    }

    public string? Write(JsonNode? value, int depth)
    {
        if (depth > DepthLimit)
        {
            return "the value is nested too deeply";
        }

        switch (value)
        {
            case null:
                Ascii("null");
                return null;
            case JsonObject obj:
                var members = new List<KeyValuePair<string, JsonNode?>>(obj.Count);
                foreach (var property in obj)
                {
                    members.Add(property);
                }

                return WriteMembers(members, depth, static (w, v, d) => w.Write(v, d));
            case JsonArray array:
                return WriteItems(array, depth, static (w, v, d) => w.Write(v, d));
            default:
                var leaf = (JsonValue)value;
                if (leaf.TryGetValue<JsonElement>(out var element))
                {
                    return Write(element, depth);
                }

                // Strings are written as held, so that a lone surrogate is reported rather than replaced by U+FFFD
                // on a round trip through JSON text.
                if (leaf.TryGetValue<string>(out var text))
                {
                    return WriteString(text);
                }

                // Any other value built in code (number, bool, ...): canonicalize its JSON text.
                using (var parsed = JsonDocument.Parse(leaf.ToJsonString()))
                {
                    return Write(parsed.RootElement, depth);
                }
        }
    }

    /// <summary>Writes a value of the JSON-LD processor's internal model (null, bool, double, string, list, map).</summary>
    public string? WriteModel(object? value, int depth)
    {
        if (depth > DepthLimit)
        {
            return "the value is nested too deeply";
        }

        switch (value)
        {
            case null:
                Ascii("null");
                return null;
            case bool b:
                Ascii(b ? "true" : "false");
                return null;
            case double d:
                return WriteDouble(d);
            case string s:
                return WriteString(s);
            case List<object?> list:
                return WriteItems(list, depth, static (w, v, d) => w.WriteModel(v, d));
            case Dictionary<string, object?> map:
                return WriteMembers(map.ToList(), depth, static (w, v, d) => w.WriteModel(v, d));
            default:
                return "the value is not part of the JSON model";
        }
    }

    private string? WriteItems<T>(IEnumerable<T> items, int depth, Func<JcsWriter, T, int, string?> write)
    {
        Byte((byte)'[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                Byte((byte)',');
            }

            first = false;
            if (write(this, item, depth + 1) is { } error)
            {
                return error;
            }
        }

        Byte((byte)']');
        return null;
    }

    private string? WriteMembers<T>(List<KeyValuePair<string, T>> members, int depth, Func<JcsWriter, T, int, string?> write)
    {
        // RFC 8785 §3.2.3: sort by the names' UTF-16 code units, which is what ordinal comparison does.
        members.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        Byte((byte)'{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                if (string.Equals(members[i - 1].Key, members[i].Key, StringComparison.Ordinal))
                {
                    return "duplicate member name \"" + members[i].Key + "\" (RFC 8785 §3.1 requires I-JSON)";
                }

                Byte((byte)',');
            }

            if (WriteString(members[i].Key) is { } keyError)
            {
                return keyError;
            }

            Byte((byte)':');
            if (write(this, members[i].Value, depth + 1) is { } error)
            {
                return error;
            }
        }

        Byte((byte)'}');
        return null;
    }

    private string? WriteNumber(string raw)
    {
        // RFC 8785 §3.2.2.3: numbers are IEEE 754 doubles; one that overflows has no canonical form.
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return "the number " + (raw.Length > 40 ? raw[..40] + "…" : raw) + " is outside the IEEE 754 double range";
        }

        return WriteDouble(number);
    }

    private string? WriteDouble(double number)
    {
        if (!double.IsFinite(number))
        {
            return "NaN and infinities have no JSON form (RFC 8785 §3.2.2.3)";
        }

        _number.Clear();
        EcmaScriptNumber.Append(_number, number);
        foreach (var chunk in _number.GetChunks())
        {
            if (Utf16(chunk.Span) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    private string? WriteString(string text)
    {
        // RFC 8785 §3.2.2.2: escape only '"', '\' and U+0000..U+001F; the five controls with a short JSON form use
        // it, the others \u00xx in lower case; everything else is written as is, in runs.
        Byte((byte)'"');
        var span = text.AsSpan();
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c >= ' ' && c != '"' && c != '\\')
            {
                continue;
            }

            if (Utf16(span[start..i]) is { } error)
            {
                return error;
            }

            Escape(c);
            start = i + 1;
        }

        var tail = Utf16(span[start..]);
        Byte((byte)'"');
        return tail;
    }

    private void Escape(char c)
    {
        switch (c)
        {
            case '"':
                Ascii("\\\"");
                break;
            case '\\':
                Ascii("\\\\");
                break;
            case '\b':
                Ascii("\\b");
                break;
            case '\t':
                Ascii("\\t");
                break;
            case '\n':
                Ascii("\\n");
                break;
            case '\f':
                Ascii("\\f");
                break;
            case '\r':
                Ascii("\\r");
                break;
            default:
                Ascii("\\u00");
                Ascii(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                break;
        }
    }

    private string? Utf16(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return null;
        }

        // RFC 8785 §3.2.4: UTF-8 output; a lone surrogate has no UTF-8 form and is an error, never replaced.
        var destination = _output.GetSpan(chars.Length * 3);
        var status = Utf8.FromUtf16(chars, destination, out _, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status != OperationStatus.Done)
        {
            return LoneSurrogate;
        }

        _output.Advance(written);
        return null;
    }

    private void Ascii(string text)
    {
        var destination = _output.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = (byte)text[i];
        }

        _output.Advance(text.Length);
    }

    private void Byte(byte b)
    {
        _output.GetSpan(1)[0] = b;
        _output.Advance(1);
    }
}
