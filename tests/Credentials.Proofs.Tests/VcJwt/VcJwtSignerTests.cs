using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.Keys;
using Credentials.Proofs.VcJwt;

namespace Credentials.Proofs.Tests.VcJwt;

public sealed class VcJwtSignerTests
{
    [Fact]
    public void SignDataModel11_Credential_RestatesClaimsAndSignsOurBytes()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var signer = new VcJwtSigner(key, key.DidKeyVerificationMethod);
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1"),
            ["id"] = "urn:uuid:1",
            ["type"] = new JsonArray("VerifiableCredential"),
            ["issuer"] = new JsonObject { ["id"] = key.DidKey },
            ["issuanceDate"] = "2026-06-01T10:00:00Z",
            ["expirationDate"] = "2031-06-01T10:00:00Z",
            ["credentialSubject"] = new JsonObject { ["id"] = "did:example:learner", ["name"] = "Äijälä" },
        };

        var token = signer.SignDataModel11(credential);
        var parts = token.Split('.');
        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement;
        var payloadText = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        var payload = JsonDocument.Parse(payloadText).RootElement;

        header.GetProperty("alg").GetString().Should().Be("EdDSA");
        header.GetProperty("typ").GetString().Should().Be("JWT");
        header.GetProperty("kid").GetString().Should().Be(key.DidKeyVerificationMethod);
        payload.GetProperty("iss").GetString().Should().Be(key.DidKey);
        payload.GetProperty("jti").GetString().Should().Be("urn:uuid:1");
        payload.GetProperty("sub").GetString().Should().Be("did:example:learner");
        payload.GetProperty("nbf").GetInt64().Should().Be(DateTimeOffset.Parse("2026-06-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds());
        payload.GetProperty("exp").GetInt64().Should().BeGreaterThan(payload.GetProperty("nbf").GetInt64());
        payloadText.Should().Contain("Äijälä", "non-ASCII stays literal in what we sign");
        payload.TryGetProperty("iat", out _).Should().BeFalse("the handler must add no claims of its own");
        key.PublicJwk.Should().NotBeNull();
    }

    [Fact]
    public void SignJose_Credential_PayloadIsTheCredential()
    {
        using var key = SigningKey.Generate(KeyType.P256);
        var signer = new VcJwtSigner(key, key.DidKeyVerificationMethod);
        var credential = new JsonObject { ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"), ["issuer"] = key.DidKey };

        var token = signer.SignJose(credential);
        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[0])).RootElement;
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[1]));

        header.GetProperty("typ").GetString().Should().Be("vc+jwt");
        header.GetProperty("alg").GetString().Should().Be("ES256");
        payload.Should().Be(credential.ToJsonString(VcJwtSigner.PayloadJson));
    }

    [Fact]
    public void SignDataModel11_NoIssuer_Throws()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);

        var sign = () => new VcJwtSigner(key, "k").SignDataModel11(new JsonObject { ["issuanceDate"] = "2026-01-01T00:00:00Z" });

        sign.Should().Throw<ArgumentException>();
    }
}
