using Credentials.JsonLd.Rdf;

namespace Credentials.Shacl.Turtle;

/// <summary>
/// A recursive-descent reader for the RDF 1.1 Turtle grammar (§6.5), working directly on the characters.
/// Statements, directives and triples live here; terms in <c>TurtleReader.Terms.cs</c>, tokens in
/// <c>TurtleReader.Tokens.cs</c>.
/// </summary>
internal sealed partial class TurtleReader
{
    private static readonly RdfTerm RdfType = RdfTerm.Iri(RdfVocabulary.Type);
    private static readonly RdfTerm RdfFirst = RdfTerm.Iri(RdfVocabulary.First);
    private static readonly RdfTerm RdfRest = RdfTerm.Iri(RdfVocabulary.Rest);
    private static readonly RdfTerm RdfNil = RdfTerm.Iri(RdfVocabulary.Nil);

    private readonly string text;
    private readonly TurtleOptions options;
    private readonly RdfDataset output = new();
    private readonly Dictionary<string, string> prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RdfTerm> blankNodes = new(StringComparer.Ordinal);
    private string? baseIri;
    private int pos;
    private int depth;
    private int blankCounter;

    public TurtleReader(string text, TurtleOptions options)
    {
        this.text = text;
        this.options = options;
        baseIri = options.BaseIri;
    }

    public RdfDataset ReadDocument()
    {
        SkipTrivia();
        while (pos < text.Length)
        {
            ReadStatement();
            SkipTrivia();
        }

        return output;
    }

    private void ReadStatement()
    {
        if (Peek() == '@')
        {
            ReadAtDirective();
            return;
        }

        if (IsKeyword("PREFIX"))
        {
            pos += 6;
            ReadPrefixBody();
            return;
        }

        if (IsKeyword("BASE"))
        {
            pos += 4;
            SkipTrivia();
            baseIri = ReadIriRef();
            return;
        }

        ReadTriples();
        SkipTrivia();
        Expect('.');
    }

    private void ReadAtDirective()
    {
        if (Matches("@prefix"))
        {
            pos += 7;
            ReadPrefixBody();
        }
        else if (Matches("@base"))
        {
            pos += 5;
            SkipTrivia();
            baseIri = ReadIriRef();
        }
        else
        {
            throw Error("expected @prefix or @base");
        }

        SkipTrivia();
        Expect('.');
    }

    private void ReadPrefixBody()
    {
        SkipTrivia();
        var start = pos;
        var prefix = ReadPrefixLabel();
        if (Peek() != ':')
        {
            pos = start;
            throw Error("expected a prefix name ending in ':'");
        }

        pos++;
        SkipTrivia();
        prefixes[prefix] = ReadIriRef();
    }

    private void ReadTriples()
    {
        if (Peek() == '[' && !IsAnon())
        {
            var subject = ReadBlankNodePropertyList();
            SkipTrivia();
            if (Peek() != '.')
            {
                ReadPredicateObjectList(subject);
            }

            return;
        }

        var s = ReadSubject();
        SkipTrivia();
        ReadPredicateObjectList(s);
    }

    private RdfTerm ReadSubject()
    {
        return Peek() switch
        {
            '<' => RdfTerm.Iri(ReadIriRef()),
            '_' => ReadBlankNodeLabel(),
            '[' => ReadAnon(),
            '(' => ReadCollection(),
            _ => RdfTerm.Iri(ReadPrefixedName()),
        };
    }

    private void ReadPredicateObjectList(RdfTerm subject)
    {
        while (true)
        {
            var predicate = ReadVerb();
            SkipTrivia();
            ReadObjectList(subject, predicate);
            SkipTrivia();
            if (Peek() != ';')
            {
                return;
            }

            while (Peek() == ';')
            {
                pos++;
                SkipTrivia();
            }

            if (Peek() is '.' or ']' or '\0')
            {
                return;
            }
        }
    }

    private RdfTerm ReadVerb()
    {
        if (Peek() == 'a' && !IsNameContinuation(PeekAt(1)))
        {
            pos++;
            return RdfType;
        }

        if (Peek() == '<')
        {
            return RdfTerm.Iri(ReadIriRef());
        }

        return RdfTerm.Iri(ReadPrefixedName());
    }

    private void ReadObjectList(RdfTerm subject, RdfTerm predicate)
    {
        while (true)
        {
            var o = ReadObject();
            Emit(subject, predicate, o);
            SkipTrivia();
            if (Peek() != ',')
            {
                return;
            }

            pos++;
            SkipTrivia();
        }
    }

    private RdfTerm ReadObject()
    {
        var c = Peek();
        return c switch
        {
            '<' => RdfTerm.Iri(ReadIriRef()),
            '_' when PeekAt(1) == ':' => ReadBlankNodeLabel(),
            '[' when IsAnon() => ReadAnon(),
            '[' => ReadBlankNodePropertyList(),
            '(' => ReadCollection(),
            '"' or '\'' => ReadRdfLiteral(),
            '+' or '-' or '.' or (>= '0' and <= '9') => ReadNumber(),
            '\0' => throw Error("unexpected end of input, expected an object"),
            _ => ReadNameOrBoolean(),
        };
    }

    private RdfTerm ReadBlankNodePropertyList()
    {
        Expect('[');
        Enter();
        var node = NewBlankNode();
        SkipTrivia();
        ReadPredicateObjectList(node);
        SkipTrivia();
        Expect(']');
        depth--;
        return node;
    }

    private RdfTerm ReadCollection()
    {
        Expect('(');
        Enter();
        SkipTrivia();
        RdfTerm head = RdfNil;
        RdfTerm? last = null;
        while (Peek() != ')')
        {
            if (Peek() == '\0')
            {
                throw Error("unexpected end of input inside a collection");
            }

            var item = ReadObject();
            var cell = NewBlankNode();
            if (last is null)
            {
                head = cell;
            }
            else
            {
                Emit(last, RdfRest, cell);
            }

            Emit(cell, RdfFirst, item);
            last = cell;
            SkipTrivia();
        }

        pos++;
        if (last is not null)
        {
            Emit(last, RdfRest, RdfNil);
        }

        depth--;
        return head;
    }

    private void Enter()
    {
        if (++depth > options.MaxDepth)
        {
            throw Error(FormattableString.Invariant($"nesting deeper than {options.MaxDepth}"));
        }
    }

    private void Emit(RdfTerm s, RdfTerm p, RdfTerm o)
    {
        output.Add(new Quad(s, p, o));
        if (output.Count > options.MaxTriples)
        {
            throw Error(FormattableString.Invariant($"more than {options.MaxTriples} triples"));
        }
    }

    private RdfTerm NewBlankNode() =>
        RdfTerm.BlankNode(options.BlankNodePrefix + (blankCounter++).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
