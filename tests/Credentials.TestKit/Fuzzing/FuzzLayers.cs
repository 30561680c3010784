using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace Credentials.TestKit.Fuzzing;

/// <summary>Finds the layers of an input: compact JWS segments, base64url JSON and JSON text inside JSON strings, three levels deep.</summary>
internal static class FuzzLayers
{
    private static readonly UTF8Encoding Strict = new(false, true);

    public static List<FuzzLayer> Of(byte[] input)
    {
        var layers = new List<FuzzLayer> { new("input", input, RawJson.TryParse(input) is not null, false, b => b) };
        Expand(input, "input", b => b, 0, layers);
        return layers;
    }

    private static void Expand(byte[] bytes, string where, Func<byte[], byte[]> rebuild, int depth, List<FuzzLayer> layers)
    {
        if (depth > 2 || !TryText(bytes, out var text))
        {
            return;
        }

        var parts = text.Trim().Split('.');
        if (parts.Length == 3 && TryJsonSegment(parts[0], out var header) && TryBase64Url(parts[1], out var payload))
        {
            byte[] With(int index, byte[] segment)
            {
                var copy = (string[])parts.Clone();
                copy[index] = Base64Url.EncodeToString(segment);
                return rebuild(Encoding.ASCII.GetBytes(string.Join('.', copy)));
            }

            // Only the outermost token's segments are known to be signed exactly as they stand.
            AddJson(header, where + ".header", b => With(0, b), depth, depth == 0, layers);
            AddJson(payload, where + ".payload", b => With(1, b), depth, depth == 0, layers);
            return;
        }

        AddJson(bytes, where, rebuild, depth, false, layers, addSelf: false);
    }

    // A seed may itself hold a string that is not valid Unicode (the hostile samples do): it is fuzzed as bytes only.
    private static string? ReadableString(JsonValue value)
    {
        try
        {
            return value.TryGetValue<string>(out var s) ? s : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static void AddJson(byte[] json, string where, Func<byte[], byte[]> rebuild, int depth, bool signed, List<FuzzLayer> layers, bool addSelf = true)
    {
        var root = RawJson.TryParse(json);
        if (addSelf)
        {
            layers.Add(new FuzzLayer(where, json, root is not null, signed, rebuild));
        }

        if (root is null)
        {
            return;
        }

        foreach (var path in RawJson.Paths(root))
        {
            if (RawJson.At(root, path) is not JsonValue v || ReadableString(v) is not { Length: >= 8 } s)
            {
                continue;
            }

            var pointer = where + "/" + string.Join('/', path);
            byte[] SetString(byte[] inner) => rebuild(RawJson.Replace(json, path, RawJson.QuoteRaw(inner)));
            var inner = Encoding.UTF8.GetBytes(s);
            if (s.Count(c => c == '.') == 2 && s.Split('.') is [var h, _, _] && TryJsonSegment(h, out _))
            {
                Expand(inner, pointer, SetString, depth + 1, layers);
            }
            else if (s.TrimStart().StartsWith('{') && RawJson.TryParse(inner) is not null)
            {
                layers.Add(new FuzzLayer(pointer, inner, true, false, SetString));
                Expand(inner, pointer, SetString, depth + 1, layers);
            }
            else if (TryJsonSegment(s, out var decoded))
            {
                layers.Add(new FuzzLayer(pointer + "(base64url)", decoded, true, false, b => SetString(Encoding.ASCII.GetBytes(Base64Url.EncodeToString(b)))));
            }
        }
    }

    private static bool TryText(byte[] bytes, out string text)
    {
        try
        {
            text = Strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool TryBase64Url(string segment, out byte[] bytes)
    {
        bytes = [];
        if (segment.Length == 0 || !segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        try
        {
            bytes = Base64Url.DecodeFromChars(segment);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool TryJsonSegment(string segment, out byte[] bytes) =>
        TryBase64Url(segment, out bytes) && bytes.Length > 1 && bytes[0] == (byte)'{' && RawJson.TryParse(bytes) is not null;
}
