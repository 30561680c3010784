using System.Globalization;
using System.Text;

namespace Credentials.JsonLd.Canonicalization;

/// <summary>
/// The ECMAScript <c>Number.prototype.toString()</c> form of a double (ECMA-262 §6.1.6.1.20), which RFC 8785
/// §3.2.2.3 makes the canonical JSON number form.
/// </summary>
internal static class EcmaScriptNumber
{
    public static string Format(double value)
    {
        var builder = new StringBuilder(24);
        Append(builder, value);
        return builder.ToString();
    }

    /// <exception cref="ArgumentOutOfRangeException">NaN or an infinity (RFC 8785 §3.2.2.3: not representable).</exception>
    public static void Append(StringBuilder builder, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "NaN and infinities have no JSON form.");
        }

        // ECMA-262 step 2: both zeros print as "0".
        if (value == 0)
        {
            builder.Append('0');
            return;
        }

        if (value < 0)
        {
            builder.Append('-');
            value = -value;
        }

        // .NET's "R" gives the shortest digit string that round-trips (the "k as small as possible" of ECMA-262
        // step 5); re-read it as digits d1..dk and n such that value = 0.d1..dk × 10^n.
        Span<char> text = stackalloc char[40];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        Span<char> digits = stackalloc char[32];
        var count = 0;
        var pointAt = -1;
        var exponent = 0;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                pointAt = count;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(text[(i + 1)..length], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[count++] = c;
            }
        }

        if (pointAt < 0)
        {
            pointAt = count;
        }

        var first = 0;
        while (digits[first] == '0')
        {
            first++;
        }

        var last = count;
        while (digits[last - 1] == '0')
        {
            last--;
        }

        ReadOnlySpan<char> d = digits[first..last];
        var k = d.Length;
        var n = pointAt - first + exponent;
        WriteEcmaScriptForm(builder, d, k, n);
    }

    private static void WriteEcmaScriptForm(StringBuilder builder, ReadOnlySpan<char> d, int k, int n)
    {
        if (k <= n && n <= 21)
        {
            // ECMA-262 step 6: an integer up to 21 digits, padded with zeros.
            builder.Append(d).Append('0', n - k);
        }
        else if (n > 0 && n <= 21)
        {
            // Step 7: the decimal point falls inside the digits.
            builder.Append(d[..n]).Append('.').Append(d[n..]);
        }
        else if (n > -6 && n <= 0)
        {
            // Step 8: a small fraction with up to five leading zeros.
            builder.Append("0.").Append('0', -n).Append(d);
        }
        else
        {
            // Steps 9 and 10: exponential form, "e" with an explicit sign.
            builder.Append(d[0]);
            if (k > 1)
            {
                builder.Append('.').Append(d[1..]);
            }

            var e = n - 1;
            builder.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
    }
}
