using System.Globalization;
using System.Text;

namespace Credentials.JsonLd.Rdf;

/// <summary>A hand-written parser for the RDF 1.1 N-Quads grammar.</summary>
internal sealed class NQuadsParser
{
    private readonly string text;
    private readonly bool generalized;
    private int pos;
    private int line = 1;

    public NQuadsParser(string text, bool generalized = false)
    {
        this.text = text;
        this.generalized = generalized;
    }

    public RdfDataset ParseDocument()
    {
        var dataset = new RdfDataset();
        while (true)
        {
            SkipSpaceAndComments();
            if (pos >= text.Length)
            {
                return dataset;
            }

            var subject = text[pos] == '<' ? RdfTerm.Iri(ReadIri()) : ReadBlankNode();
            SkipInlineSpace();
            var predicate = generalized && Peek() == '_' ? ReadBlankNode() : RdfTerm.Iri(ReadIri());
            SkipInlineSpace();
            var obj = Peek() switch
            {
                '<' => RdfTerm.Iri(ReadIri()),
                '_' => ReadBlankNode(),
                '"' => ReadLiteral(),
                _ => throw Error("expected an object"),
            };
            SkipInlineSpace();
            RdfTerm? graph = null;
            if (Peek() == '<')
            {
                graph = RdfTerm.Iri(ReadIri());
            }
            else if (Peek() == '_')
            {
                graph = ReadBlankNode();
            }

            SkipInlineSpace();
            if (Peek() != '.')
            {
                throw Error("expected '.'");
            }

            pos++;
            SkipInlineSpace();
            if (Peek() == '#')
            {
                SkipComment();
            }

            if (pos < text.Length && text[pos] != '\n' && text[pos] != '\r')
            {
                throw Error("expected end of line");
            }

            dataset.Add(new Quad(subject, predicate, obj, graph));
        }
    }

    private char Peek() => pos < text.Length ? text[pos] : '\0';

    private void SkipInlineSpace()
    {
        while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\t'))
        {
            pos++;
        }
    }

    private void SkipComment()
    {
        while (pos < text.Length && text[pos] != '\n' && text[pos] != '\r')
        {
            pos++;
        }
    }

    private void SkipSpaceAndComments()
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '\n')
            {
                line++;
                pos++;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                pos++;
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else
            {
                return;
            }
        }
    }

    private string ReadIri()
    {
        if (Peek() != '<')
        {
            throw Error("expected an IRI");
        }

        pos++;
        var builder = new StringBuilder();
        while (true)
        {
            if (pos >= text.Length)
            {
                throw Error("unterminated IRI");
            }

            var c = text[pos++];
            if (c == '>')
            {
                break;
            }

            if (c == '\\')
            {
                AppendUchar(builder);
            }
            else if (c <= 0x20 || c is '<' or '"' or '{' or '}' or '|' or '^' or '`')
            {
                throw Error("character not allowed in an IRI");
            }
            else
            {
                builder.Append(c);
            }
        }

        var iri = builder.ToString();
        if (iri.IndexOf(':', StringComparison.Ordinal) <= 0)
        {
            throw Error("IRI is not absolute");
        }

        return iri;
    }

    private RdfTerm ReadBlankNode()
    {
        if (pos + 1 >= text.Length || text[pos] != '_' || text[pos + 1] != ':')
        {
            throw Error("expected a blank node");
        }

        pos += 2;
        var start = pos;
        while (pos < text.Length && IsLabelChar(text[pos]))
        {
            pos++;
        }

        // A label may not end with '.' (N-Quads BLANK_NODE_LABEL production).
        while (pos > start && text[pos - 1] == '.')
        {
            pos--;
        }

        if (pos == start)
        {
            throw Error("empty blank node label");
        }

        return RdfTerm.BlankNode(text[start..pos]);
    }

    private static bool IsLabelChar(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or ':' or '\u00B7' || char.IsSurrogate(c) || c > 0x2FF && !char.IsWhiteSpace(c);

    private RdfTerm ReadLiteral()
    {
        pos++;
        var builder = new StringBuilder();
        while (true)
        {
            if (pos >= text.Length || text[pos] is '\n' or '\r')
            {
                throw Error("unterminated literal");
            }

            var c = text[pos++];
            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var e = Peek();
            switch (e)
            {
                case 't': builder.Append('\t'); pos++; break;
                case 'b': builder.Append('\b'); pos++; break;
                case 'n': builder.Append('\n'); pos++; break;
                case 'r': builder.Append('\r'); pos++; break;
                case 'f': builder.Append('\f'); pos++; break;
                case '"': builder.Append('"'); pos++; break;
                case '\'': builder.Append('\''); pos++; break;
                case '\\': builder.Append('\\'); pos++; break;
                default: AppendUchar(builder); break;
            }
        }

        var value = builder.ToString();
        if (Peek() == '@')
        {
            pos++;
            var start = pos;
            while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '-'))
            {
                pos++;
            }

            if (pos == start)
            {
                throw Error("empty language tag");
            }

            return RdfTerm.Literal(value, null, text[start..pos]);
        }

        if (Peek() == '^')
        {
            if (pos + 1 >= text.Length || text[pos + 1] != '^')
            {
                throw Error("expected '^^'");
            }

            pos += 2;
            return RdfTerm.Literal(value, ReadIri());
        }

        return RdfTerm.Literal(value);
    }

    private void AppendUchar(StringBuilder builder)
    {
        var kind = Peek();
        var length = kind == 'u' ? 4 : kind == 'U' ? 8 : throw Error("invalid escape");
        pos++;
        if (pos + length > text.Length
            || !int.TryParse(text.AsSpan(pos, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code < 0 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF && length == 8)
        {
            throw Error("invalid \\u escape");
        }

        pos += length;
        if (code <= 0xFFFF)
        {
            builder.Append((char)code);
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(code));
        }
    }

    private FormatException Error(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"N-Quads line {line}: {what}."));
}
