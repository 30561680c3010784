using System.Text;

namespace Credentials.Model.Schema;

/// <summary>Converts NJsonSchema error paths (<c>#/a.b[1].c</c>) to JSON Pointers (<c>/a/b/1/c</c>, RFC 6901).</summary>
public static class SchemaPath
{
    /// <summary>
    /// The JSON Pointer for an NJsonSchema path. Member names are escaped per RFC 6901 §3 (<c>~</c> → <c>~0</c>,
    /// <c>/</c> → <c>~1</c>). A member name that itself contains <c>.</c> or <c>[</c> cannot be told apart in the
    /// NJsonSchema form and is split there.
    /// </summary>
    public static string ToJsonPointer(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        var span = path.AsSpan();
        if (span.StartsWith("#"))
        {
            span = span[1..];
        }

        if (span.StartsWith("/"))
        {
            span = span[1..];
        }

        var pointer = new StringBuilder();
        var token = new StringBuilder();
        var i = 0;
        while (i < span.Length)
        {
            var ch = span[i];
            if (ch == '.')
            {
                Flush(pointer, token);
                i++;
            }
            else if (ch == '[')
            {
                Flush(pointer, token);
                var close = span[i..].IndexOf(']');
                if (close < 0)
                {
                    token.Append(span[i..]);
                    break;
                }

                pointer.Append('/').Append(span.Slice(i + 1, close - 1));
                i += close + 1;
            }
            else
            {
                token.Append(ch);
                i++;
            }
        }

        Flush(pointer, token);
        return pointer.ToString();
    }

    private static void Flush(StringBuilder pointer, StringBuilder token)
    {
        if (token.Length == 0)
        {
            return;
        }

        pointer.Append('/').Append(token.ToString().Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        token.Clear();
    }
}
