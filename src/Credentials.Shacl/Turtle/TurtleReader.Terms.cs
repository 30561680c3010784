using System.Text;
using Credentials.JsonLd.Processing;
using Credentials.JsonLd.Rdf;

namespace Credentials.Shacl.Turtle;

/// <summary>IRIs, prefixed names and blank nodes (Turtle §6.5 IRIREF, PNAME_NS, PNAME_LN, BLANK_NODE_LABEL, ANON).</summary>
internal sealed partial class TurtleReader
{
    private string ReadIriRef()
    {
        if (Peek() != '<')
        {
            throw Error("expected an IRI in angle brackets");
        }

        var start = pos;
        pos++;
        var builder = new StringBuilder();
        while (true)
        {
            var c = Peek();
            if (c == '>')
            {
                pos++;
                break;
            }

            if (c == '\0' && pos >= text.Length)
            {
                pos = start;
                throw Error("unterminated IRI");
            }

            if (c == '\\')
            {
                var escaped = ReadUnicodeEscape();
                if (escaped.Length == 1 && IsForbiddenInIri(escaped[0]))
                {
                    throw Error("an escape in an IRI produced a character IRIs may not hold");
                }

                builder.Append(escaped);
                continue;
            }

            if (IsForbiddenInIri(c))
            {
                throw Error(FormattableString.Invariant($"character U+{(int)c:X4} is not allowed in an IRI"));
            }

            builder.Append(c);
            pos++;
        }

        return ResolveIri(builder.ToString(), start);
    }

    private static bool IsForbiddenInIri(char c) => c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    private string ResolveIri(string reference, int start)
    {
        if (Iri.IsAbsolute(reference))
        {
            return reference;
        }

        if (baseIri is null)
        {
            pos = start;
            throw Error("relative IRI <" + reference + "> but no base IRI is set");
        }

        return Iri.Resolve(baseIri, reference);
    }

    /// <summary>PN_PREFIX, possibly empty; stops before ':'.</summary>
    private string ReadPrefixLabel()
    {
        var start = pos;
        if (!IsPnCharsBase(Peek()))
        {
            return string.Empty;
        }

        pos++;
        while (IsPnChars(Peek()) || (Peek() == '.' && IsPnCharsOrDot(PeekAt(1))))
        {
            pos++;
        }

        return text[start..pos];
    }

    private static bool IsPnCharsOrDot(char c) => IsPnChars(c) || c == '.';

    private string ReadPrefixedName()
    {
        var start = pos;
        var prefix = ReadPrefixLabel();
        if (Peek() != ':')
        {
            pos = start;
            throw Error(pos >= text.Length ? "unexpected end of input" : FormattableString.Invariant($"unexpected character '{Peek()}'"));
        }

        pos++;
        if (!prefixes.TryGetValue(prefix, out var ns))
        {
            pos = start;
            throw Error("undeclared prefix '" + prefix + ":'");
        }

        return ns + ReadLocalName();
    }

    /// <summary>PN_LOCAL with its escapes (§6.5 PN_LOCAL_ESC, PERCENT); a final '.' ends the statement, not the name.</summary>
    private string ReadLocalName()
    {
        var builder = new StringBuilder();
        var first = true;
        while (true)
        {
            var c = Peek();
            if (c == '\\')
            {
                var e = PeekAt(1);
                if ("_~.-!$&'()*+,;=/?#@%".Contains(e, StringComparison.Ordinal) && e != '\0')
                {
                    builder.Append(e);
                    pos += 2;
                }
                else
                {
                    throw Error("invalid escape in a local name");
                }
            }
            else if (c == '%')
            {
                if (!IsHex(PeekAt(1)) || !IsHex(PeekAt(2)))
                {
                    throw Error("'%' in a local name must be followed by two hex digits");
                }

                builder.Append(text, pos, 3);
                pos += 3;
            }
            else if (IsPnChars(c) || c == ':' || (first && c is >= '0' and <= '9'))
            {
                builder.Append(c);
                pos++;
            }
            else if (c == '.' && !first && (IsPnChars(PeekAt(1)) || PeekAt(1) is ':' or '.' or '%' or '\\'))
            {
                builder.Append(c);
                pos++;
            }
            else
            {
                return builder.ToString();
            }

            first = false;
        }
    }

    private RdfTerm ReadBlankNodeLabel()
    {
        var start = pos;
        if (!Matches("_:"))
        {
            throw Error("expected a blank node label '_:'");
        }

        pos += 2;
        var c = Peek();
        if (!IsPnCharsU(c) && c is not (>= '0' and <= '9'))
        {
            throw Error("empty or invalid blank node label");
        }

        pos++;
        while (IsPnChars(Peek()) || (Peek() == '.' && IsPnCharsOrDot(PeekAt(1)) && LabelContinuesAfterDots()))
        {
            pos++;
        }

        var label = text[(start + 2)..pos];
        if (!blankNodes.TryGetValue(label, out var node))
        {
            node = NewBlankNode();
            blankNodes.Add(label, node);
        }

        return node;
    }

    private bool LabelContinuesAfterDots()
    {
        var i = pos;
        while (i < text.Length && text[i] == '.')
        {
            i++;
        }

        return i < text.Length && IsPnChars(text[i]);
    }

    private bool IsAnon()
    {
        var i = pos + 1;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        return i < text.Length && text[i] == ']';
    }

    private RdfTerm ReadAnon()
    {
        Expect('[');
        SkipTrivia();
        Expect(']');
        return NewBlankNode();
    }
}
