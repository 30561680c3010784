using System.Security.Cryptography;

namespace Credentials.JsonLd.Tests.Canonicalization;

public sealed class RdfCanonicalizerTests
{
    private static readonly string PoisonClique = File.ReadAllText(RepositoryPaths.InTestData("rdf-canon", "rdfc10", "test074-in.nq"));

    [Fact]
    public void Canonicalize_PoisonGraph_StopsQuicklyWithTheLimitError()
    {
        var dataset = NQuads.Parse(PoisonClique);
        var started = System.Diagnostics.Stopwatch.StartNew();

        var act = () => RdfCanonicalizer.Canonicalize(dataset);

        act.Should().Throw<RdfcLimitExceededException>().WithMessage("*Hash N-Degree Quads*");
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Canonicalize_LowLimit_RejectsAGraphThatNeedsMoreWork()
    {
        // Two indistinguishable blank nodes need Hash N-Degree Quads for each of them.
        var dataset = NQuads.Parse("_:a <urn:p> _:b .\n_:b <urn:p> _:a .\n");

        var act = () => RdfCanonicalizer.Canonicalize(dataset, new RdfcOptions { MaxHashNDegreeCalls = 1 });

        act.Should().Throw<RdfcLimitExceededException>();
        RdfCanonicalizer.Canonicalize(dataset, new RdfcOptions { MaxHashNDegreeCalls = 100 }).Lines.Should().HaveCount(2);
    }

    [Fact]
    public void Canonicalize_RelabelledInput_GivesTheSameOutput()
    {
        var first = NQuads.Parse("_:x <urn:p> _:y .\n_:y <urn:q> \"v\" .\n_:x <urn:r> <urn:o> _:g .\n");
        var second = NQuads.Parse("_:g2 <urn:r> <urn:o> _:other .\n_:n2 <urn:q> \"v\" .\n_:g2 <urn:p> _:n2 .\n");

        var a = RdfCanonicalizer.Canonicalize(first);
        var b = RdfCanonicalizer.Canonicalize(second);

        a.CanonicalNQuads.Should().Be(b.CanonicalNQuads);
        a.IssuedIdentifiers.Keys.Should().BeEquivalentTo(["x", "y", "g"]);
    }

    [Fact]
    public void Canonicalize_Sha384_DiffersFromSha256OnlyInLabelsChosen()
    {
        var dataset = NQuads.Parse("_:a <urn:p> \"1\" .\n_:b <urn:p> \"2\" .\n");

        var sha256 = RdfCanonicalizer.Canonicalize(dataset);
        var sha384 = RdfCanonicalizer.Canonicalize(dataset, new RdfcOptions { HashAlgorithm = HashAlgorithmName.SHA384 });

        sha256.Lines.Should().HaveCount(2);
        sha384.Lines.Should().HaveCount(2);
        sha384.IssuedIdentifiers.Values.Should().BeEquivalentTo(["c14n0", "c14n1"]);
    }

    [Fact]
    public void Canonicalize_UnsupportedHash_IsRejected()
    {
        var act = () => RdfCanonicalizer.Canonicalize(new RdfDataset(), new RdfcOptions { HashAlgorithm = HashAlgorithmName.MD5 });

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("SHA256")]
    [InlineData("SHA384")]
    public void ComputeHash_EqualsTheHashOfTheDocumentBytes(string algorithm)
    {
        var name = new HashAlgorithmName(algorithm);
        var dataset = NQuads.Parse("_:a <urn:p> \"é \\U0001F303 \" .\n<urn:s> <urn:p> _:a .\n");
        var result = RdfCanonicalizer.Canonicalize(dataset);

        var digest = result.ComputeHash(name);

        using var reference = IncrementalHash.CreateHash(name);
        reference.AppendData(System.Text.Encoding.UTF8.GetBytes(result.CanonicalNQuads));
        digest.Should().Equal(reference.GetHashAndReset());
    }

    [Fact]
    public void Canonicalize_EmptyDataset_IsEmpty()
    {
        var result = RdfCanonicalizer.Canonicalize(new RdfDataset());

        result.CanonicalNQuads.Should().BeEmpty();
        result.IssuedIdentifiers.Should().BeEmpty();
    }

    [Fact]
    public void Canonicalize_LinesInCodePointOrder_NotUtf16Order()
    {
        // U+1F303 (a surrogate pair in UTF-16) sorts after U+FF5E by code point, before it by UTF-16 code unit.
        var dataset = NQuads.Parse("<urn:s> <urn:p> \"\\U0001F303\" .\n<urn:s> <urn:p> \"\\uFF5E\" .\n");

        var lines = RdfCanonicalizer.Canonicalize(dataset).Lines;

        lines[0].Should().Contain("\uFF5E");
        lines[1].Should().Contain("\U0001F303");
    }
}
