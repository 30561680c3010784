using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Turtle;
using Credentials.TestKit;

namespace Credentials.Shacl.Tests.Turtle;

public sealed class TurtleParserTests
{
    private const string Alphabet = "<>[]()\"'_:.;,@^#\\a1eE+-x \n";

    public static TheoryData<string> ShapeFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.InRepo("src", "Credentials.Shacl", "Data", "shapes"), "*.ttl").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShapeFiles))]
    public void Parse_OfficialShapeFile_ProducesTriples(string file)
    {
        var text = File.ReadAllText(RepositoryPaths.InRepo("src", "Credentials.Shacl", "Data", "shapes", file));

        var graph = TurtleParser.Parse(text);

        graph.Count.Should().BeGreaterThan(20);
        graph.Should().Contain(q => q.Predicate.Value == "http://www.w3.org/ns/shacl#property" || q.Predicate.Value == "http://www.w3.org/ns/shacl#path");
    }

    [Theory]
    [InlineData("@prefix ex: <http://ex/> . ex:s ex:p ex:o .", "<http://ex/s> <http://ex/p> <http://ex/o> .\n")]
    [InlineData("PREFIX ex: <http://ex/> ex:s ex:p ex:o .", "<http://ex/s> <http://ex/p> <http://ex/o> .\n")]
    [InlineData("prefix ex: <http://ex/>\nBase <http://b/x/> ex:s ex:p <../y> .", "<http://ex/s> <http://ex/p> <http://b/y> .\n")]
    [InlineData("@base <http://b/a/> . <s> <p> <#o> .", "<http://b/a/s> <http://b/a/p> <http://b/a/#o> .\n")]
    [InlineData("@prefix : <http://ex/> . :s a :C .", "<http://ex/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex/C> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p :a\\.b\\~c%41 .", "<http://ex/s> <http://ex/p> <http://ex/a.b~c%41> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p :a.b .", "<http://ex/s> <http://ex/p> <http://ex/a.b> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p :1x .", "<http://ex/s> <http://ex/p> <http://ex/1x> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p \"x\"@en-GB .", "<http://ex/s> <http://ex/p> \"x\"@en-GB .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p 'a\\u00e9\\U0001F600\\n' .", "<http://ex/s> <http://ex/p> \"a\u00e9\U0001F600\\n\" .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p \"\"\"l1\n\"l2\"\"\"\" .", "<http://ex/s> <http://ex/p> \"l1\\n\\\"l2\\\"\" .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p '''it's''' .", "<http://ex/s> <http://ex/p> \"it's\" .\n")]
    [InlineData("@prefix : <http://ex/> . @prefix x: <http://www.w3.org/2001/XMLSchema#> . :s :p \"5\"^^x:int .", "<http://ex/s> <http://ex/p> \"5\"^^<http://www.w3.org/2001/XMLSchema#int> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p -12 .", "<http://ex/s> <http://ex/p> \"-12\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p 1.5 .", "<http://ex/s> <http://ex/p> \"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p 1.5e3 .", "<http://ex/s> <http://ex/p> \"1.5e3\"^^<http://www.w3.org/2001/XMLSchema#double> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p 7.", "<http://ex/s> <http://ex/p> \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p true .", "<http://ex/s> <http://ex/p> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p :o1 , :o2 ; :q :o3 ;; .", "<http://ex/s> <http://ex/p> <http://ex/o1> .\n<http://ex/s> <http://ex/p> <http://ex/o2> .\n<http://ex/s> <http://ex/q> <http://ex/o3> .\n")]
    [InlineData("@prefix : <http://ex/> . _:x :p _:x .", "_:b0 <http://ex/p> _:b0 .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p [ :q 1 ] .", "_:b0 <http://ex/q> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n<http://ex/s> <http://ex/p> _:b0 .\n")]
    [InlineData("@prefix : <http://ex/> . [ :q :o ] .", "_:b0 <http://ex/q> <http://ex/o> .\n")]
    [InlineData("@prefix : <http://ex/> . [] :q :o .", "_:b0 <http://ex/q> <http://ex/o> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p () .", "<http://ex/s> <http://ex/p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n")]
    [InlineData("@prefix : <http://ex/> . :s :p (:a) .", "_:b0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <http://ex/a> .\n_:b0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n<http://ex/s> <http://ex/p> _:b0 .\n")]
    [InlineData("# c\n@prefix : <http://ex/> . # c2\n:s :p :o . # end", "<http://ex/s> <http://ex/p> <http://ex/o> .\n")]
    [InlineData("<http://ex/s> <http://ex/p> <http://ex/\\u0041> .", "<http://ex/s> <http://ex/p> <http://ex/A> .\n")]
    public void Parse_GrammarFeature_ProducesExpectedNQuads(string turtle, string expected)
    {
        var graph = TurtleParser.Parse(turtle);

        NQuads.Serialize(graph).Should().Be(expected);
    }

    [Fact]
    public void Parse_Collection_ChainsFirstAndRest()
    {
        var graph = TurtleParser.Parse("@prefix : <http://ex/> . :s :p (1 :b \"c\") .");

        graph.Count(q => q.Predicate.Value == RdfVocabulary.First).Should().Be(3);
        graph.Count(q => q.Predicate.Value == RdfVocabulary.Rest).Should().Be(3);
        graph.Count(q => q.Object.Value == RdfVocabulary.Nil).Should().Be(1);
    }

    [Theory]
    [InlineData("@prefix ex: <http://ex/> . ex:s ex:p ex:o", 1, 42)]
    [InlineData("@prefix ex: <http://ex/> .\nex:s ex:p \"open .", 2, 11)]
    [InlineData("ex:s ex:p ex:o .", 1, 1)]
    [InlineData("<s> <p> <o> .", 1, 1)]
    [InlineData("<http://ex/s> <http://ex/p> <http://e x/> .", 1, 38)]
    [InlineData("<http://ex/s> <http://ex/p> \"a\nb\" .", 1, 31)]
    [InlineData("<http://ex/s> <http://ex/p> \"\\q\" .", 1, 30)]
    [InlineData("<http://ex/s> <http://ex/p> \"\\u00\" .", 1, 30)]
    [InlineData("<http://ex/s> <http://ex/p> \"\\uD800\" .", 1, 30)]
    [InlineData("<http://ex/s> <http://ex/p> \"x\"@ .", 1, 32)]
    [InlineData("<http://ex/s> <http://ex/p> 1e .", 1, 31)]
    [InlineData("<http://ex/s> <http://ex/p> ( <http://ex/a> ", 1, 45)]
    [InlineData("<http://ex/s> <http://ex/p> [ <http://ex/q> <http://ex/o> .", 1, 59)]
    [InlineData("@prefix ex <http://ex/> .", 1, 9)]
    [InlineData("@foo <http://ex/> .", 1, 1)]
    [InlineData("<http://ex/s> <http://ex/p> _: .", 1, 31)]
    [InlineData("<http://ex/s> \"lit\" <http://ex/o> .", 1, 15)]
    [InlineData("<http://ex/s> <http://ex/p> <http://ex/o> , .", 1, 45)]
    public void Parse_Malformed_ThrowsWithPosition(string turtle, int line, int column)
    {
        var act = () => TurtleParser.Parse(turtle);

        var error = act.Should().Throw<TurtleException>().Which;
        error.Line.Should().Be(line);
        error.Column.Should().Be(column);
        error.Message.Should().Contain(FormattableString.Invariant($"line {line}, column {column}"));
    }

    [Fact]
    public void Parse_TruncatedShapeFile_ThrowsAtEveryCut()
    {
        var text = File.ReadAllText(RepositoryPaths.InRepo("src", "Credentials.Shacl", "Data", "shapes", "EDC-converted.ttl"));
        var failures = 0;

        for (var cut = 1; cut < text.Length; cut += 97)
        {
            try
            {
                TurtleParser.Parse(text[..cut]);
            }
            catch (TurtleException)
            {
                failures++;
            }
        }

        failures.Should().BeGreaterThan(text.Length / 97 / 2);
    }

    [Theory]
    [InlineData('[')]
    [InlineData('(')]
    public void Parse_DeepNesting_ThrowsInsteadOfOverflowing(char open)
    {
        var nest = open == '[' ? "[ <http://ex/p> " : "( ";
        var turtle = "<http://ex/s> <http://ex/p> " + string.Concat(Enumerable.Repeat(nest, 100_000));

        var act = () => TurtleParser.Parse(turtle);

        act.Should().Throw<TurtleException>().WithMessage("*nesting deeper than 64*");
    }

    [Fact]
    public void Parse_Oversized_Throws()
    {
        var act = () => TurtleParser.Parse(new string(' ', 101), new TurtleOptions { MaxLength = 100 });

        act.Should().Throw<TurtleException>().WithMessage("*longer than 100*");
    }

    [Fact]
    public void Parse_TooManyTriples_Throws()
    {
        var act = () => TurtleParser.Parse("<http://ex/s> <http://ex/p> 1, 2, 3, 4 .", new TurtleOptions { MaxTriples = 3 });

        act.Should().Throw<TurtleException>().WithMessage("*more than 3 triples*");
    }

    [Fact]
    public void Parse_DuplicateTriples_AreKeptOnce()
    {
        var graph = TurtleParser.Parse("<http://ex/s> <http://ex/p> <http://ex/o>, <http://ex/o> .");

        graph.Count.Should().Be(1);
    }

    [Fact]
    public void Parse_PrefixRedefined_UsesTheLatest()
    {
        var graph = TurtleParser.Parse("@prefix : <http://a/> . @prefix : <http://b/> . :s :p :o .");

        graph.Single().Subject.Value.Should().Be("http://b/s");
    }

    [Fact]
    public void Parse_HostileBinaryNoise_ThrowsTurtleException()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(1, 200)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = Alphabet[random.Next(Alphabet.Length)];
            }

            var act = () => TurtleParser.Parse(new string(chars));

            try
            {
                act();
            }
            catch (TurtleException)
            {
            }
        }
    }
}
