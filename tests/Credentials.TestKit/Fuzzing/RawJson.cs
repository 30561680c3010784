using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.TestKit.Fuzzing;

/// <summary>
/// Edits JSON where a serializer cannot: puts raw bytes (invalid UTF-8, lone-surrogate escapes, 10,000 nested arrays,
/// a repeated member) at a chosen place by writing a marker with System.Text.Json and replacing the marker's bytes.
/// </summary>
internal static class RawJson
{
    public const string Marker = "zzFUZZMARKERzz";

    private static readonly byte[] QuotedMarker = Encoding.ASCII.GetBytes("\"" + Marker + "\"");

    /// <summary>Parses leniently enough to walk the tree; null when the bytes are not JSON a tree can hold.</summary>
    public static JsonNode? TryParse(byte[] bytes)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
            _ = Paths(node);

            // JSON whose strings are not valid Unicode cannot be rewritten through JsonNode: it is fuzzed as bytes.
            _ = node?.ToJsonString();
            return node;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Every value's path, the root (empty path) first.</summary>
    public static List<object[]> Paths(JsonNode? root)
    {
        var paths = new List<object[]>();
        void Walk(JsonNode? node, object[] path)
        {
            paths.Add(path);
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        Walk(value, [.. path, key]);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], [.. path, i]);
                    }

                    break;
            }
        }

        Walk(root, []);
        return paths;
    }

    public static JsonNode? At(JsonNode? root, object[] path)
    {
        var node = root;
        foreach (var step in path)
        {
            node = step is string key ? node![key] : node![(int)step];
        }

        return node;
    }

    /// <summary>The document with the value at <paramref name="path"/> replaced by the raw bytes of <paramref name="value"/>.</summary>
    public static byte[] Replace(byte[] json, object[] path, byte[] value)
    {
        if (path.Length == 0)
        {
            return value;
        }

        var root = TryParse(json)!;
        Set(root, path, JsonValue.Create(Marker));
        return Splice(Encoding.UTF8.GetBytes(root.ToJsonString()), QuotedMarker, value);
    }

    /// <summary>The document without the member at <paramref name="path"/> (or the array element).</summary>
    public static byte[] Remove(byte[] json, object[] path)
    {
        var root = TryParse(json)!;
        var parent = At(root, path[..^1]);
        if (parent is JsonObject o)
        {
            o.Remove((string)path[^1]);
        }
        else
        {
            ((JsonArray)parent!).RemoveAt((int)path[^1]);
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>The document with the member at <paramref name="path"/> written twice (first with another value).</summary>
    public static byte[] Duplicate(byte[] json, object[] path, byte[] otherValue)
    {
        var root = TryParse(json)!;
        var parent = (JsonObject)At(root, path[..^1])!;
        parent[Marker] = JsonValue.Create(Marker);
        var text = Encoding.UTF8.GetBytes(root.ToJsonString());
        var key = Encoding.UTF8.GetBytes(JsonSerializer.Serialize((string)path[^1]));
        return Splice(text, QuotedMarker.Concat(":"u8.ToArray()).Concat(QuotedMarker).ToArray(), [.. key, (byte)':', .. otherValue]);
    }

    /// <summary>A JSON string of arbitrary bytes: quote, backslash and control bytes escaped, every other byte kept raw (invalid UTF-8 stays invalid).</summary>
    public static byte[] QuoteRaw(ReadOnlySpan<byte> bytes)
    {
        var output = new List<byte>(bytes.Length + 2) { (byte)'"' };
        foreach (var b in bytes)
        {
            if (b is (byte)'"' or (byte)'\\')
            {
                output.Add((byte)'\\');
                output.Add(b);
            }
            else if (b < 0x20)
            {
                output.AddRange(Encoding.ASCII.GetBytes($"\\u{b:x4}"));
            }
            else
            {
                output.Add(b);
            }
        }

        output.Add((byte)'"');
        return [.. output];
    }

    private static void Set(JsonNode root, object[] path, JsonNode value)
    {
        var parent = At(root, path[..^1])!;
        if (path[^1] is string key)
        {
            parent[key] = value;
        }
        else
        {
            parent[(int)path[^1]] = value;
        }
    }

    private static byte[] Splice(byte[] text, byte[] find, byte[] with)
    {
        var at = text.AsSpan().IndexOf(find);
        return at < 0 ? text : [.. text.AsSpan(0, at), .. with, .. text.AsSpan(at + find.Length)];
    }
}
