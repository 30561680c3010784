using Credentials.Proofs.Dids;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Tests.Dids;

public sealed class DidKeyTests
{
    [Theory]
    [InlineData(KeyType.Ed25519, "did:key:z6Mk")]
    [InlineData(KeyType.P256, "did:key:zDn")]
    public void TryResolve_GeneratedKey_ReturnsSamePublicJwk(KeyType type, string prefix)
    {
        using var key = SigningKey.Generate(type);

        var resolved = DidKey.TryResolve(key.DidKeyVerificationMethod, out var error);

        key.DidKey.Should().StartWith(prefix);
        error.Should().BeNull();
        resolved.Should().Be(key.PublicJwk);
    }

    [Theory]
    [InlineData("did:key:")]
    [InlineData("did:key:x6Mk")]
    [InlineData("did:key:z0OIl")]
    [InlineData("did:key:z6Mk\u00ff")] // outside the decoder's table: it threw IndexOutOfRangeException (fuzz finding)
    [InlineData("did:key:z6Mk\u4e00x")]
    [InlineData("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#wrong")]
    [InlineData("did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme")]
    [InlineData("did:example:123")]
    public void TryResolve_Malformed_ReturnsError(string did)
    {
        var resolved = DidKey.TryResolve(did, out var error);

        resolved.Should().BeNull();
        error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void TryDecodeMultibase_FarLongerThanAnyKey_ReturnsErrorWithoutDecoding()
    {
        var jwk = DidKey.TryDecodeMultibase("z" + new string('2', 100_000), out var error);

        jwk.Should().BeNull();
        error.Should().Be("the key is not valid base58btc");
    }

    [Fact]
    public void TryDecodeMultibase_P256PointNotOnCurve_ReturnsError()
    {
        byte[] bad = [0x80, 0x24, 0x02, .. Enumerable.Repeat((byte)0xff, 32)];

        var key = DidKey.TryDecodeMultibase(DidKey.ToMultibase(bad), out var error);

        key.Should().BeNull();
        error.Should().Contain("curve");
    }
}
