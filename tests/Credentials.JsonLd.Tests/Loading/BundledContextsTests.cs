using System.Text.Json;

namespace Credentials.JsonLd.Tests.Loading;

public sealed class BundledContextsTests
{
    private const string StatusContext = "https://www.w3.org/ns/credentials/status/v1";

    public static TheoryData<string> IndexUrls()
    {
        var data = new TheoryData<string>();
        using var index = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRepo("src", "Credentials.JsonLd", "Contexts", "index.json")));
        foreach (var entry in index.RootElement.EnumerateObject())
        {
            data.Add(entry.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IndexUrls))]
    public void Loader_IndexedUrl_ReturnsTheSharedFileWithAContext(string url)
    {
        var document = BundledContexts.Loader.LoadDocument(url);

        document.DocumentUrl.Should().Be(url);
        document.Document.TryGetProperty("@context", out _).Should().BeTrue();
    }

    [Fact]
    public void ToRdf_StatusListEntry_ExpandsWithTheBundledStatusContext()
    {
        using var document = JsonDocument.Parse("{\"@context\": [\"https://www.w3.org/2018/credentials/v1\", \"" + StatusContext + "\"], "
            + "\"id\": \"urn:x\", \"type\": \"VerifiableCredential\", \"credentialStatus\": {\"id\": \"urn:s\", \"type\": \"BitstringStatusListEntry\", "
            + "\"statusPurpose\": \"revocation\", \"statusListIndex\": \"7\", \"statusListCredential\": \"https://u.example/status/1\"}}");

        var dataset = JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions { SafeMode = true });

        var objects = dataset.Select(q => q.ToString()).ToList();
        objects.Should().Contain(q => q.Contains("https://www.w3.org/ns/credentials/status#BitstringStatusListEntry", StringComparison.Ordinal));
        objects.Should().Contain(q => q.Contains("https://www.w3.org/ns/credentials/status#statusListIndex", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(IndexUrls))]
    public void Loader_OtherSchemeSpelling_ReturnsTheSameDocument(string url)
    {
        var other = url.StartsWith("https://", StringComparison.Ordinal)
            ? "http://" + url["https://".Length..]
            : "https://" + url["http://".Length..];

        var document = BundledContexts.Loader.LoadDocument(other);

        document.DocumentUrl.Should().Be(url);
    }

    [Theory]
    [MemberData(nameof(IndexUrls))]
    public void ToRdf_EachBundledContext_ProcessesWithoutError(string url)
    {
        using var document = JsonDocument.Parse("{\"@context\": \"" + url + "\", \"@id\": \"urn:x\", \"@type\": \"urn:T\"}");

        var dataset = JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions { SafeMode = true });

        dataset.Should().ContainSingle();
    }

    [Fact]
    public void Loader_UnknownUrl_FailsNamingTheUrl()
    {
        var act = () => BundledContexts.Loader.LoadDocument("https://evil.example/context.jsonld");

        act.Should().Throw<JsonLdException>()
            .Where(e => e.ErrorCode == JsonLdErrorCodes.LoadingDocumentFailed && e.Message.Contains("https://evil.example/context.jsonld"));
    }

    [Fact]
    public void ToRdf_DocumentWithUnbundledContext_FailsNamingTheUrl()
    {
        using var document = JsonDocument.Parse("""{"@context": ["https://www.w3.org/ns/credentials/v2", "https://attacker.example/ctx"], "name": "x"}""");

        var act = () => JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions());

        act.Should().Throw<JsonLdException>()
            .Where(e => e.ErrorCode == JsonLdErrorCodes.LoadingRemoteContextFailed && e.Message.Contains("https://attacker.example/ctx"));
    }

    [Fact]
    public void Urls_ListsEveryIndexEntry()
    {
        BundledContexts.Urls.Should().HaveCount(IndexUrls().Count);
    }
}
