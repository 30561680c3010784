using System.Globalization;
using System.Text;

namespace Credentials.JsonLd.Processing;

/// <summary>
/// JSON Canonicalization Scheme (RFC 8785) over the internal JSON model, used for <c>rdf:JSON</c> literals
/// (JSON-LD 1.1 API §8.6 step 7).
/// </summary>
internal static class CanonicalJson
{
    public static string Serialize(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case double d:
                builder.Append(EcmaScriptNumber(d));
                break;
            case string s:
                WriteString(builder, s);
                break;
            case List<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, list[i]);
                }

                builder.Append(']');
                break;
            case Dictionary<string, object?> map:
                // RFC 8785 §3.2.3: members sorted by the UTF-16 code units of their names.
                var keys = map.Keys.ToArray();
                Array.Sort(keys, StringComparer.Ordinal);
                builder.Append('{');
                for (var i = 0; i < keys.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    WriteString(builder, keys[i]);
                    builder.Append(':');
                    Write(builder, map[keys[i]]);
                }

                builder.Append('}');
                break;
            default:
                throw new InvalidOperationException("Unexpected value in the JSON model.");
        }
    }

    private static void WriteString(StringBuilder builder, string s)
    {
        // RFC 8785 §3.2.2.2: only '"', '\\' and controls are escaped; short forms where JSON has them.
        builder.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>ECMAScript Number::toString (ECMA-262 §6.1.6.1.20), as RFC 8785 §3.2.2.3 requires.</summary>
    public static string EcmaScriptNumber(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentException("NaN and infinities have no JSON form.", nameof(value));
        }

        if (value == 0)
        {
            return "0";
        }

        var negative = value < 0;
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);

        // Take the shortest round-trip digits and the decimal exponent from .NET's "R" form.
        string digits;
        int exponent;
        var ePos = shortest.IndexOfAny(['E', 'e']);
        var mantissa = ePos >= 0 ? shortest[..ePos] : shortest;
        var exp = ePos >= 0 ? int.Parse(shortest.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        var all = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - all.Length;
        digits = all.TrimEnd('0');
        exponent = intPart.Length - leadingZeros + exp;

        var k = digits.Length;
        var n = exponent;
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            builder.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
