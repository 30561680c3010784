using System.Buffers.Text;
using System.Text;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Tests.Dids;

public sealed class DidJwkTests
{
    [Fact]
    public void TryResolve_OwnDid_ReturnsPublicKey()
    {
        using var key = SigningKey.Generate(KeyType.P256);
        var did = DidJwk.From(key.PublicJwk);

        var resolved = DidJwk.TryResolve(did + "#0", out var error);

        error.Should().BeNull();
        resolved.Should().Be(key.PublicJwk);
    }

    [Fact]
    public void TryResolve_PrivateKeyInside_IsRefused()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var did = "did:jwk:" + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key.PrivateJwk.ToJson().ToJsonString()));

        var resolved = DidJwk.TryResolve(did, out var error);

        resolved.Should().BeNull();
        error.Should().Contain("private");
    }

    [Theory]
    [InlineData("did:jwk:!!!")]
    [InlineData("did:jwk:e30")]
    [InlineData("did:jwk:eyJrdHkiOiJPS1AiLCJrdHkiOiJFQyJ9")]
    public void TryResolve_Malformed_ReturnsError(string did)
    {
        var resolved = DidJwk.TryResolve(did, out var error);

        resolved.Should().BeNull();
        error.Should().NotBeNullOrEmpty();
    }
}
