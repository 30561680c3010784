using System.Globalization;
using System.Text;

namespace Credentials.Web.Composition;

/// <summary>
/// Neutralises a logged value (CWE-117, log injection): CR, LF and every other control character, and the Unicode
/// line and paragraph separators, are written as visible <c>\uXXXX</c>, so a value taken from a request stays on its
/// own log line and cannot forge another entry.
/// </summary>
internal static class LogValue
{
    public static string OneLine(string? value)
    {
        if (string.IsNullOrEmpty(value) || !value.Any(IsLineBreaking))
        {
            return value ?? string.Empty;
        }

        var output = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (IsLineBreaking(c))
            {
                output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    private static bool IsLineBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
