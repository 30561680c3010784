using Credentials.Model.Ports;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Tests.Dids;

public sealed class DidResolverTests
{
    private const string Did = "did:web:uni.example";

    [Fact]
    public async Task ResolveAsync_DidWebDocument_ReturnsKeyAndController()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var resolver = new DidResolver(new Documents(DidDocuments.Build(Did, key.PublicJwk).ToJsonString()));

        var result = await resolver.ResolveAsync(Did + "#key-1", "assertionMethod", CancellationToken.None);

        result.Key.Should().Be(key.PublicJwk);
        result.Controller.Should().Be(Did);
    }

    [Fact]
    public async Task ResolveAsync_NoDocument_IsUnavailable()
    {
        var result = await new DidResolver().ResolveAsync(Did + "#key-1", "assertionMethod", CancellationToken.None);

        result.Failure.Should().Be(KeyResolutionFailure.DocumentUnavailable);
    }

    [Fact]
    public void FromDocument_MethodOnlyForAuthentication_IsNotUsableForAssertions()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var doc = DidDocuments.Build(Did, key.PublicJwk);
        doc.Remove("assertionMethod");

        var result = DidResolver.FromDocument(doc.ToJsonString(), Did, Did + "#key-1", "assertionMethod");

        result.Failure.Should().Be(KeyResolutionFailure.MethodNotFound);
    }

    [Fact]
    public void FromDocument_OtherController_IsRefused()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var doc = DidDocuments.Build(Did, key.PublicJwk);
        doc["verificationMethod"]![0]!["controller"] = "did:web:evil.example";

        var result = DidResolver.FromDocument(doc.ToJsonString(), Did, Did + "#key-1", "assertionMethod");

        result.Failure.Should().Be(KeyResolutionFailure.MethodNotFound);
    }

    [Theory]
    [InlineData("{\"id\":\"did:web:uni.example\",\"id\":\"did:web:evil.example\"}")]
    [InlineData("{\"id\":\"did:web:other.example\"}")]
    [InlineData("[]")]
    [InlineData("{\"id\":")]
    public void FromDocument_Hostile_IsMalformed(string json)
    {
        var result = DidResolver.FromDocument(json, Did, Did + "#key-1", "assertionMethod");

        result.Key.Should().BeNull();
        result.Failure.Should().Be(KeyResolutionFailure.Malformed);
    }

    [Fact]
    public void FromDocument_PrivateKeyPublished_IsRefused()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);

        var result = DidResolver.FromDocument(DidDocuments.Build(Did, key.PrivateJwk with { }).ToJsonString().Replace("\"x\"", "\"d\":\"" + key.PrivateJwk.D + "\",\"x\"", StringComparison.Ordinal), Did, Did + "#key-1", "assertionMethod");

        result.Key.Should().BeNull();
    }

    [Fact]
    public void FromHost_WithPortAndPath_EncodesPerDidWeb()
    {
        DidWeb.FromHost("uni.example:8443/issuers/a").Should().Be("did:web:uni.example%3A8443:issuers:a");
        DidWeb.DocumentUrl("did:web:uni.example%3A8443:issuers:a").Should().Be(new Uri("https://uni.example:8443/issuers/a/did.json"));
        DidWeb.DocumentUrl("did:web:uni.example").Should().Be(new Uri("https://uni.example/.well-known/did.json"));
    }

    private sealed class Documents(string json) : IDidDocumentSource
    {
        public Task<string?> GetAsync(string did, CancellationToken cancellationToken) =>
            Task.FromResult<string?>(did == Did ? json : null);
    }
}
