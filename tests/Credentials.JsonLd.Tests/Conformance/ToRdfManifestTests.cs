namespace Credentials.JsonLd.Tests.Conformance;

public sealed class ToRdfManifestTests
{
    private const string Manifest = "toRdf-manifest.jsonld";

    public static TheoryData<string> Entries() => JsonLdSuite.RunnableIds(Manifest);

    [Theory]
    [MemberData(nameof(Entries))]
    public void Manifest_Entry_Passes(string id)
    {
        var entry = JsonLdSuite.Find(Manifest, id);
        var input = JsonLdSuite.ReadJson(entry.Input);
        var options = JsonLdSuite.OptionsFor(entry);

        if (entry.IsNegative)
        {
            var act = () => JsonLdProcessor.ToRdf(input, options);
            act.Should().Throw<JsonLdException>().Which.ErrorCode.Should().Be(entry.ExpectErrorCode);
            return;
        }

        var actual = JsonLdProcessor.ToRdf(input, options);
        if (entry.IsSyntaxOnly)
        {
            actual.Should().NotBeNull();
            return;
        }

        var expected = NQuads.Parse(File.ReadAllText(Path.Combine(JsonLdSuite.Directory, entry.Expect!)));
        RdfCanonicalizer.Canonicalize(actual).CanonicalNQuads.Should().Be(RdfCanonicalizer.Canonicalize(expected).CanonicalNQuads);
    }
}
