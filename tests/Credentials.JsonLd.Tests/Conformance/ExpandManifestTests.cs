using System.Text.Json.Nodes;

namespace Credentials.JsonLd.Tests.Conformance;

public sealed class ExpandManifestTests
{
    private const string Manifest = "expand-manifest.jsonld";

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
            var act = () => JsonLdProcessor.Expand(input, options);
            act.Should().Throw<JsonLdException>().Which.ErrorCode.Should().Be(entry.ExpectErrorCode);
            return;
        }

        var actual = JsonLdProcessor.Expand(input, options);
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(JsonLdSuite.Directory, entry.Expect!)));
        ExpandedJsonComparer.AreEquivalent(actual, expected).Should().BeTrue(
            "expected {0} but got {1}", expected?.ToJsonString(), actual.ToJsonString());
    }
}
