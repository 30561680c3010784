using System.Globalization;
using System.Text;

namespace Credentials.Cli.Infrastructure;

/// <summary>
/// Makes text that came from a credential (names, titles, issuer, messages and pointers that quote it) safe to print
/// on a terminal: control characters (C0, DEL, C1: so no ANSI escape sequence and no CR or LF survives), the Unicode
/// bidi embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C), line and
/// paragraph separators, and lone surrogates are written as visible <c>\uXXXX</c>. A forged credential can then
/// neither clear the screen, nor overwrite the verdict, nor reorder what the reader sees (Trojan Source, CVE-2021-42574).
/// </summary>
internal static class TerminalText
{
    /// <summary>One line of text with every such character escaped.</summary>
    public static string Safe(string? text) => Escape(text, NeedsEscape);

    /// <summary>
    /// Serialized JSON with the characters its encoder leaves raw (bidi controls, separators) escaped; a serializer
    /// writes C0 controls inside strings as escapes already, and outside strings they are only its indentation.
    /// The result is the same JSON value.
    /// </summary>
    public static string Json(string json) => Escape(json, c => c >= ' ' && NeedsEscape(c));

    private static string Escape(string? text, Func<char, bool> needsEscape)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(needsEscape))
        {
            return text ?? string.Empty;
        }

        var output = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                output.Append(c).Append(text[++i]);
            }
            else if (needsEscape(c))
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

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
