namespace Credentials.Shacl.Turtle;

/// <summary>Character-level helpers: look-ahead, white space and comments, character classes and errors.</summary>
internal sealed partial class TurtleReader
{
    private char Peek() => pos < text.Length ? text[pos] : '\0';

    private char PeekAt(int offset) => pos + offset < text.Length ? text[pos + offset] : '\0';

    private bool Matches(string literal) => string.CompareOrdinal(text, pos, literal, 0, literal.Length) == 0;

    /// <summary>A SPARQL-style keyword (case-insensitive, §2.4) not followed by a name character or ':'.</summary>
    private bool IsKeyword(string keyword) =>
        pos + keyword.Length <= text.Length
        && string.Compare(text, pos, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0
        && !IsNameContinuation(PeekAt(keyword.Length));

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error(pos >= text.Length
                ? FormattableString.Invariant($"unexpected end of input, expected '{c}'")
                : FormattableString.Invariant($"expected '{c}' but found '{Peek()}'"));
        }

        pos++;
    }

    private void SkipTrivia()
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pos++;
            }
            else if (c == '#')
            {
                while (pos < text.Length && text[pos] is not ('\n' or '\r'))
                {
                    pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private TurtleException Error(string message)
    {
        var line = 1;
        var column = 1;
        var end = Math.Min(pos, text.Length);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new TurtleException(message, line, column);
    }

    /// <summary>True for a character that would continue a name ('a', 'true', 'PREFIX' are keywords only without one).</summary>
    private static bool IsNameContinuation(char c) => IsPnChars(c) || c == ':';

    /// <summary>PN_CHARS_BASE (§6.5), with UTF-16 surrogates standing for the supplementary planes.</summary>
    private static bool IsPnCharsBase(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
        or (>= '\u00C0' and <= '\u00D6') or (>= '\u00D8' and <= '\u00F6') or (>= '\u00F8' and <= '\u02FF')
        or (>= '\u0370' and <= '\u037D') or (>= '\u037F' and <= '\u1FFF') or (>= '\u200C' and <= '\u200D')
        or (>= '\u2070' and <= '\u218F') or (>= '\u2C00' and <= '\u2FEF') or (>= '\u3001' and <= '\uD7FF')
        or (>= '\uF900' and <= '\uFDCF') or (>= '\uFDF0' and <= '\uFFFD')
        or (>= '\uD800' and <= '\uDFFF');

    private static bool IsPnCharsU(char c) => IsPnCharsBase(c) || c == '_';

    private static bool IsPnChars(char c) =>
        IsPnCharsU(c) || c is '-' or (>= '0' and <= '9') or '\u00B7' or (>= '\u0300' and <= '\u036F') or (>= '\u203F' and <= '\u2040');

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}
