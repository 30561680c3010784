using System.Text;
using System.Text.Json;

namespace Credentials.JsonLd.Tests.Processing;

public sealed class HostileInputTests
{
    [Fact]
    public void ToRdf_ContextIncludingItself_FailsAsRecursiveInclusion()
    {
        var loader = new MapLoader(new() { ["https://x.example/a"] = """{"@context": ["https://x.example/b", {"p": "urn:p"}]}""", ["https://x.example/b"] = """{"@context": "https://x.example/a"}""" });
        using var document = JsonDocument.Parse("""{"@context": "https://x.example/a", "p": "v"}""");

        var act = () => JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions { DocumentLoader = loader });

        act.Should().Throw<JsonLdException>().Which.ErrorCode.Should().Be("recursive context inclusion");
    }

    [Fact]
    public void ToRdf_CyclicTermDefinitions_FailAsCyclicIriMapping()
    {
        using var document = JsonDocument.Parse("""{"@context": {"a": "b:x", "b": "a:y"}, "a": "v"}""");

        var act = () => JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions());

        act.Should().Throw<JsonLdException>().Which.ErrorCode.Should().Be("cyclic IRI mapping");
    }

    [Fact]
    public void ToRdf_DeepNestingWithinTheJsonLimit_Converts()
    {
        const int Depth = 60;
        var json = new StringBuilder();
        for (var i = 0; i < Depth; i++)
        {
            json.Append("{\"http://example.com/p\": ");
        }

        json.Append("\"leaf\"").Append('}', Depth);
        using var document = JsonDocument.Parse(json.ToString());

        var dataset = JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions());

        dataset.Should().HaveCount(Depth);
    }

    [Fact]
    public void ToRdf_LongList_IsConvertedIteratively()
    {
        var items = string.Join(",", Enumerable.Range(0, 50_000));
        using var document = JsonDocument.Parse("{\"@id\": \"urn:s\", \"http://example.com/p\": {\"@list\": [" + items + "]}}");

        var dataset = JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions());

        dataset.Should().HaveCount(1 + (2 * 50_000));
    }

    [Fact]
    public void ToRdf_DuplicatedValues_AreStatedOnce()
    {
        using var document = JsonDocument.Parse("""{"@id": "urn:s", "http://example.com/p": ["a", "a", {"@value": "a"}]}""");

        var dataset = JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions());

        dataset.Should().ContainSingle();
    }

    [Theory]
    [InlineData("""{"@context": {"@version": 2}}""", "invalid @version value")]
    [InlineData("""{"@context": 5}""", "invalid local context")]
    [InlineData("""{"@context": {"@type": "x"}}""", "keyword redefinition")]
    [InlineData("""{"@id": 5}""", "invalid @id value")]
    [InlineData("""{"http://example.com/p": {"@value": "x", "@language": "en", "@type": "http://t"}}""", "invalid value object")]
    [InlineData("""{"@context": {"@protected": true, "p": "urn:p", "x": "urn:x"}, "x": {"@context": {"p": "urn:q"}, "p": "v"}}""", "protected term redefinition")]
    public void ToRdf_InvalidDocuments_FailWithTheSpecErrorCode(string json, string code)
    {
        using var document = JsonDocument.Parse(json);

        var act = () => JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions());

        act.Should().Throw<JsonLdException>().Which.ErrorCode.Should().Be(code);
    }

    [Fact]
    public void ToRdf_InlineTypeScopedContextUsedByManyNodes_IsProcessedOnce()
    {
        var terms = string.Join(",", Enumerable.Range(0, 2_000).Select(i => $"\"t{i}\": \"http://example.com/t{i}\""));
        var nodes = string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"{{\"@type\": \"T\", \"t1\": \"{i}\"}}"));
        var json = "{\"@context\": {\"T\": {\"@id\": \"http://example.com/T\", \"@context\": {" + terms + "}}, \"items\": \"http://example.com/items\"}, \"items\": [" + nodes + "]}";
        using var document = JsonDocument.Parse(json);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var dataset = JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions());

        dataset.Should().HaveCount(5_000 * 3);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    private sealed class MapLoader(Dictionary<string, string> documents) : IDocumentLoader
    {
        public RemoteDocument LoadDocument(string url)
        {
            if (!documents.TryGetValue(url, out var text))
            {
                throw new JsonLdException(JsonLdErrorCodes.LoadingDocumentFailed, url);
            }

            using var parsed = JsonDocument.Parse(text);
            return new RemoteDocument(url, parsed.RootElement.Clone());
        }
    }
}
