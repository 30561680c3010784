namespace Credentials.JsonLd.Tests.Conformance;

public sealed class JsonLdSuiteSkipsTests
{
    [Fact]
    public void Skips_EveryListedEntry_ExistsAndHasAReason()
    {
        foreach (var (manifest, id, reason) in JsonLdSuiteSkips.All())
        {
            JsonLdSuite.Entries(manifest).Should().Contain(e => e.Id == id, "{0} must be an entry of {1}", id, manifest);
            reason.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Theory]
    [InlineData("expand-manifest.jsonld")]
    [InlineData("toRdf-manifest.jsonld")]
    public void Skips_PerManifest_StayUnderFivePercent(string manifest)
    {
        var total = JsonLdSuite.Entries(manifest).Count;

        var skipped = JsonLdSuiteSkips.All().Count(s => s.Manifest == manifest);

        ((double)skipped / total).Should().BeLessThan(0.05);
    }
}
