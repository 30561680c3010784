using System.Text.Json;

namespace Credentials.JsonLd.Tests.Processing;

public sealed class SafeModeTests
{
    private const string Vc2 = "\"https://www.w3.org/2018/credentials/v1\"";

    [Theory]
    [InlineData("""{"@context": {"name": "http://schema.org/name"}, "name": "a", "undefinedTerm": "lost"}""", "undefinedTerm")]
    [InlineData("""{"@context": {"name": "http://schema.org/name"}, "@type": "Unmapped", "name": "a"}""", "Unmapped")]
    [InlineData("""{"@context": {"name": "http://schema.org/name"}, "@id": "relative/id", "name": "a"}""", "relative/id")]
    [InlineData("""{"@context": {"name": "http://schema.org/name"}, "name": {"@value": "a", "@language": "not a tag"}}""", "not a tag")]
    [InlineData("""{"@context": {"@vocab": "relative#"}, "name": "a"}""", "name")]
    [InlineData("""{"@context": {"@foo": "http://schema.org/foo"}, "@graph": ["free-floating"]}""", "free-floating")]
    public void ToRdf_DataThatWouldBeDropped_FailsInSafeModeNamingIt(string json, string culprit)
    {
        using var document = JsonDocument.Parse(json);

        var act = () => JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions { SafeMode = true });

        act.Should().Throw<JsonLdException>()
            .Where(e => e.ErrorCode == JsonLdErrorCodes.SafeModeViolation && e.Message.Contains(culprit));
    }

    [Fact]
    public void ToRdf_UndefinedTermWithoutSafeMode_IsDroppedSilently()
    {
        using var document = JsonDocument.Parse("""{"@context": {"name": "http://schema.org/name"}, "name": "a", "undefinedTerm": "lost"}""");

        var dataset = JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions());

        dataset.Should().ContainSingle().Which.Predicate.Value.Should().Be("http://schema.org/name");
    }

    [Fact]
    public void ToRdf_SeveralProblems_AreAllReported()
    {
        using var document = JsonDocument.Parse("{\"@context\": [" + Vc2 + "], \"type\": [\"VerifiableCredential\", \"Nope\"], \"firstUnknown\": 1, \"secondUnknown\": 2}");

        var act = () => JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions { SafeMode = true });

        act.Should().Throw<JsonLdException>()
            .Where(e => e.Message.Contains("firstUnknown") && e.Message.Contains("secondUnknown") && e.Message.Contains("Nope"));
    }

    [Fact]
    public void ToRdf_CachedContextWithAFinding_StillFailsInSafeModeLater()
    {
        var loader = new SingleContextLoader("https://ctx.example/bad", """{"@context": {"@language": "not a tag", "name": "http://schema.org/name"}}""");
        using var document = JsonDocument.Parse("""{"@context": "https://ctx.example/bad", "name": "x"}""");
        JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions { DocumentLoader = loader });

        var act = () => JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions { DocumentLoader = loader, SafeMode = true });

        act.Should().Throw<JsonLdException>().Where(e => e.Message.Contains("not a tag"));
    }

    [Fact]
    public void Expand_CleanDocumentInSafeMode_Succeeds()
    {
        using var document = JsonDocument.Parse("""{"@context": {"@vocab": "http://schema.org/"}, "@type": "Person", "name": {"@value": "Ann", "@language": "fi-FI"}}""");

        var expanded = JsonLdProcessor.Expand(document.RootElement, new JsonLdOptions { SafeMode = true });

        expanded.Should().ContainSingle();
    }

    private sealed class SingleContextLoader(string url, string json) : IDocumentLoader
    {
        public RemoteDocument LoadDocument(string requested)
        {
            if (requested != url)
            {
                throw new JsonLdException(JsonLdErrorCodes.LoadingDocumentFailed, requested);
            }

            using var parsed = JsonDocument.Parse(json);
            return new RemoteDocument(url, parsed.RootElement.Clone());
        }
    }
}
