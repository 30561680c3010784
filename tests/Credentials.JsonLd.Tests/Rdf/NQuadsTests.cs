namespace Credentials.JsonLd.Tests.Rdf;

public sealed class NQuadsTests
{
    [Fact]
    public void Serialize_LiteralWithControlCharacters_UsesCanonicalEscapes()
    {
        var quad = new Quad(RdfTerm.Iri("urn:s"), RdfTerm.Iri("urn:p"), RdfTerm.Literal("a\"b\\c\nd\re\tf\bg\fh\u0001i\u007fj"));

        var text = NQuads.Serialize([quad]);

        text.Should().Be("<urn:s> <urn:p> \"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u007Fj\" .\n");
    }

    [Fact]
    public void Serialize_TypedLanguageAndGraphTerms_FollowTheGrammar()
    {
        var quads = new[]
        {
            new Quad(RdfTerm.BlankNode("_:b0"), RdfTerm.Iri("urn:p"), RdfTerm.Literal("5", RdfVocabulary.XsdInteger), RdfTerm.Iri("urn:g")),
            new Quad(RdfTerm.Iri("urn:s"), RdfTerm.Iri("urn:p"), RdfTerm.Literal("hei", language: "fi"), RdfTerm.BlankNode("g1")),
            new Quad(RdfTerm.Iri("urn:s"), RdfTerm.Iri("urn:p"), RdfTerm.Literal("plain", RdfVocabulary.XsdString)),
        };

        var text = NQuads.Serialize(quads);

        text.Should().Be(
            "_:b0 <urn:p> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> <urn:g> .\n"
            + "<urn:s> <urn:p> \"hei\"@fi _:g1 .\n"
            + "<urn:s> <urn:p> \"plain\" .\n");
    }

    [Fact]
    public void Parse_SerializedDataset_RoundTrips()
    {
        const string Text = "<urn:s> <urn:p> \"x\\u00e9\\U0001F303\\t\"@en-GB <urn:g> .\n_:a <urn:p> _:b .\n# comment\n<urn:s> <urn:q> \"1\"^^<urn:dt> . # trailing\n";

        var dataset = NQuads.Parse(Text);

        dataset.Should().HaveCount(3);
        dataset.First().Object.Should().Be(RdfTerm.Literal("xé🌃\t", language: "en-GB"));
        NQuads.Parse(NQuads.Serialize(dataset)).Should().Equal(dataset);
    }

    [Fact]
    public void Parse_DuplicateLines_AreKeptOnce()
    {
        var dataset = NQuads.Parse("<urn:s> <urn:p> <urn:o> .\n<urn:s> <urn:p> <urn:o> .\n");

        dataset.Should().ContainSingle();
    }

    [Theory]
    [InlineData("<urn:s> <urn:p> \"open .\n")]
    [InlineData("<urn:s> <urn:p> <urn:o>\n")]
    [InlineData("<urn:s> <urn:p> <relative> .\n")]
    [InlineData("<urn:s> _:p <urn:o> .\n")]
    [InlineData("<urn:s> <urn:p> \"bad \\q escape\" .\n")]
    [InlineData("<urn:s> <urn:p> \"\\u12\" .\n")]
    [InlineData("<urn:s> <urn:p> \"\\UFFFFFFFF\" .\n")]
    [InlineData("<urn:s> <urn:p> <urn:o> . <urn:s> <urn:p> <urn:o> .\n")]
    [InlineData("<urn:s <urn:p> <urn:o> .\n")]
    [InlineData("<urn:s> <urn:p> \"x\"^<urn:dt> .\n")]
    [InlineData("<urn:s> <urn:p> \"x\"@ .\n")]
    [InlineData("_: <urn:p> <urn:o> .\n")]
    [InlineData("<urn:s> <urn:p> <urn:o> <urn:g> <urn:h> .\n")]
    [InlineData("<urn:s> <urn:p> <urn:o")]
    public void Parse_MalformedInput_ThrowsFormatException(string text)
    {
        var act = () => NQuads.Parse(text);

        act.Should().Throw<FormatException>().WithMessage("N-Quads line*");
    }

    [Fact]
    public void Parse_LargeDocument_IsLinear()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"_:b{i} <urn:p> \"{i}\" .\n"));

        var dataset = NQuads.Parse(text);

        dataset.Should().HaveCount(20_000);
    }
}
