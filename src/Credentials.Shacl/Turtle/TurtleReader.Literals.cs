using System.Globalization;
using System.Text;
using Credentials.JsonLd.Rdf;

namespace Credentials.Shacl.Turtle;

/// <summary>Literals: the four string forms with escapes, language tags, datatypes, numbers and booleans (§2.5).</summary>
internal sealed partial class TurtleReader
{
    private const string XsdDecimal = RdfVocabulary.Xsd + "decimal";

    private RdfTerm ReadRdfLiteral()
    {
        var lexical = ReadString();
        if (Peek() == '@')
        {
            return RdfTerm.Literal(lexical, language: ReadLanguageTag());
        }

        if (Peek() == '^' && PeekAt(1) == '^')
        {
            pos += 2;
            var datatype = Peek() == '<' ? ReadIriRef() : ReadPrefixedName();
            return RdfTerm.Literal(lexical, datatype);
        }

        return RdfTerm.Literal(lexical);
    }

    private string ReadLanguageTag()
    {
        var start = pos;
        pos++;
        var begin = pos;
        while (char.IsAsciiLetter(Peek()))
        {
            pos++;
        }

        if (pos == begin)
        {
            pos = start;
            throw Error("empty language tag");
        }

        while (Peek() == '-' && char.IsAsciiLetterOrDigit(PeekAt(1)))
        {
            pos++;
            while (char.IsAsciiLetterOrDigit(Peek()))
            {
                pos++;
            }
        }

        return text[begin..pos];
    }

    private string ReadString()
    {
        var quote = Peek();
        var start = pos;
        var isLong = PeekAt(1) == quote && PeekAt(2) == quote;
        pos += isLong ? 3 : 1;
        var builder = new StringBuilder();
        while (true)
        {
            if (pos >= text.Length)
            {
                pos = start;
                throw Error("unterminated string");
            }

            var c = text[pos];
            if (c == quote)
            {
                if (!isLong)
                {
                    pos++;
                    return builder.ToString();
                }

                if (PeekAt(1) == quote && PeekAt(2) == quote)
                {
                    // A long string may end with up to two quotes of its own kind before the closing three.
                    while (PeekAt(3) == quote)
                    {
                        builder.Append(quote);
                        pos++;
                    }

                    pos += 3;
                    return builder.ToString();
                }
            }

            if (c == '\\')
            {
                builder.Append(ReadEscape());
                continue;
            }

            if (!isLong && c is '\n' or '\r')
            {
                throw Error("line break in a short string");
            }

            builder.Append(c);
            pos++;
        }
    }

    /// <summary>ECHAR or UCHAR inside a string.</summary>
    private string ReadEscape()
    {
        var e = PeekAt(1);
        string? simple = e switch
        {
            't' => "\t",
            'b' => "\b",
            'n' => "\n",
            'r' => "\r",
            'f' => "\f",
            '"' => "\"",
            '\'' => "'",
            '\\' => "\\",
            _ => null,
        };
        if (simple is not null)
        {
            pos += 2;
            return simple;
        }

        return ReadUnicodeEscape();
    }

    /// <summary>UCHAR: <c>\uXXXX</c> or <c>\UXXXXXXXX</c>, as one or two UTF-16 code units.</summary>
    private string ReadUnicodeEscape()
    {
        var kind = PeekAt(1);
        var digits = kind switch
        {
            'u' => 4,
            'U' => 8,
            _ => throw Error("invalid escape sequence"),
        };
        if (pos + 2 + digits > text.Length)
        {
            throw Error("truncated \\" + kind + " escape");
        }

        var hex = text.AsSpan(pos + 2, digits);
        foreach (var h in hex)
        {
            if (!IsHex(h))
            {
                throw Error("invalid hex digit in \\" + kind + " escape");
            }
        }

        var code = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            throw Error("escape is not a Unicode scalar value");
        }

        pos += 2 + digits;
        return char.ConvertFromUtf32(code);
    }

    /// <summary>INTEGER, DECIMAL or DOUBLE (§2.5.2); the lexical form is kept as written.</summary>
    private RdfTerm ReadNumber()
    {
        var start = pos;
        if (Peek() is '+' or '-')
        {
            pos++;
        }

        var intDigits = SkipDigits();
        var datatype = RdfVocabulary.XsdInteger;
        if (Peek() == '.')
        {
            var save = pos;
            pos++;
            var fraction = SkipDigits();
            if (Peek() is 'e' or 'E')
            {
                datatype = RdfVocabulary.XsdDouble;
            }
            else if (fraction > 0)
            {
                datatype = XsdDecimal;
            }
            else
            {
                pos = save;
            }
        }

        if (Peek() is 'e' or 'E')
        {
            pos++;
            if (Peek() is '+' or '-')
            {
                pos++;
            }

            if (SkipDigits() == 0)
            {
                throw Error("exponent without digits");
            }

            datatype = RdfVocabulary.XsdDouble;
        }

        if (intDigits == 0 && datatype == RdfVocabulary.XsdInteger)
        {
            pos = start;
            throw Error("expected a number");
        }

        return RdfTerm.Literal(text[start..pos], datatype);
    }

    private int SkipDigits()
    {
        var n = 0;
        while (Peek() is >= '0' and <= '9')
        {
            pos++;
            n++;
        }

        return n;
    }

    private RdfTerm ReadNameOrBoolean()
    {
        foreach (var word in (ReadOnlySpan<string>)["true", "false"])
        {
            if (Matches(word) && !IsNameContinuation(PeekAt(word.Length)))
            {
                pos += word.Length;
                return RdfTerm.Literal(word, RdfVocabulary.XsdBoolean);
            }
        }

        return RdfTerm.Iri(ReadPrefixedName());
    }
}
