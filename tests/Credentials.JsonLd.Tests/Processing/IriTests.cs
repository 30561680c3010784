namespace Credentials.JsonLd.Tests.Processing;

public sealed class IriTests
{
    private const string Base = "http://a/b/c/d;p?q";

    // RFC 3986 §5.4.1 and §5.4.2.
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    public void Resolve_Rfc3986Examples_MatchTheRfc(string reference, string expected)
    {
        Iri.Resolve(Base, reference).Should().Be(expected);
    }

    [Fact]
    public void Resolve_HostileDotSegments_StaysFast()
    {
        var reference = string.Concat(Enumerable.Repeat("a/../", 200_000)) + "end";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var resolved = Iri.Resolve("http://example.com/x/", reference);

        resolved.Should().Be("http://example.com/x/end");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData("http://example.com/a b", false)]
    [InlineData("http://example.com/a#b#c", false)]
    [InlineData("relative", false)]
    [InlineData("urn:x:y", true)]
    [InlineData("did:key:z6Mk#z6Mk", true)]
    public void IsWellFormed_Examples(string iri, bool expected)
    {
        Iri.IsWellFormed(iri).Should().Be(expected);
    }
}
