using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.KeyProofs;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Tests.KeyProofs;

public sealed class KeyProofVerifierTests : IDisposable
{
    private const string Issuer = "https://credentials.uni.example";
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private readonly SigningKey _ed25519 = SigningKey.Generate(KeyType.Ed25519);
    private readonly SigningKey _p256 = SigningKey.Generate(KeyType.P256);

    [Theory]
    [InlineData(KeyType.Ed25519, "EdDSA")]
    [InlineData(KeyType.P256, "ES256")]
    public void Verify_WellFormedProof_ReturnsThePublicKeyAndTheNonce(KeyType type, string alg)
    {
        var key = type == KeyType.P256 ? _p256 : _ed25519;

        var result = KeyProofVerifier.Verify(Sign(key, Header(key, alg), Claims()), Expected());

        result.Accepted.Should().BeTrue(result.Message);
        result.Nonce.Should().Be("n-1");
        JsonNode.DeepEquals(result.HolderKey, key.PublicJwk.ToJson()).Should().BeTrue();
        result.HolderKey!.ContainsKey("d").Should().BeFalse();
    }

    [Theory]
    [InlineData("typ", "dc+sd-jwt")]
    [InlineData("typ", null)]
    [InlineData("alg", "none")]
    [InlineData("alg", "HS256")]
    [InlineData("alg", "ES384")]
    [InlineData("crit", "x")]
    [InlineData("x5c", "MIIB")]
    [InlineData("trust_chain", "x")]
    [InlineData("jwk", null)]
    public void Verify_HostileHeader_IsInvalidProof(string name, string? value)
    {
        var header = Header(_p256, "ES256");
        header[name] = value is null ? null : name == "crit" || name == "x5c" ? new JsonArray(value) : value;
        if (value is null)
        {
            header.Remove(name);
        }

        var result = KeyProofVerifier.Verify(Sign(_p256, header, Claims()), Expected());

        result.Problem.Should().Be(KeyProofProblem.InvalidProof);
        result.Message.Should().EndWith(".");
    }

    [Fact]
    public void Verify_PrivateKeyInJwkOrAlgOfAnotherKeyType_IsInvalidProof()
    {
        var withPrivate = Header(_p256, "ES256");
        withPrivate["jwk"] = _p256.PrivateJwk.ToJson();
        var mismatched = Header(_ed25519, "ES256");

        KeyProofVerifier.Verify(Sign(_p256, withPrivate, Claims()), Expected()).Problem.Should().Be(KeyProofProblem.InvalidProof);
        KeyProofVerifier.Verify(Sign(_ed25519, mismatched, Claims()), Expected()).Problem.Should().Be(KeyProofProblem.InvalidProof);
    }

    [Fact]
    public void Verify_SignedByAnotherKeyThanItsJwk_IsInvalidProof()
    {
        using var other = SigningKey.Generate(KeyType.P256);

        var result = KeyProofVerifier.Verify(Sign(other, Header(_p256, "ES256"), Claims()), Expected());

        result.Problem.Should().Be(KeyProofProblem.InvalidProof);
        result.Message.Should().Contain("signature");
    }

    [Theory]
    [InlineData("aud", "https://other.example")]
    [InlineData("aud", null)]
    [InlineData("iat", null)]
    [InlineData("iat", "future")]
    [InlineData("iat", "stale")]
    [InlineData("exp", "past")]
    public void Verify_WrongClaims_AreInvalidProof(string name, string? value)
    {
        var claims = Claims();
        switch (value)
        {
            case null:
                claims.Remove(name);
                break;
            case "future":
                claims["iat"] = Now.AddMinutes(5).ToUnixTimeSeconds();
                break;
            case "stale":
                claims["iat"] = Now.AddMinutes(-10).ToUnixTimeSeconds();
                break;
            case "past":
                claims["exp"] = Now.AddMinutes(-5).ToUnixTimeSeconds();
                break;
            default:
                claims[name] = value;
                break;
        }

        KeyProofVerifier.Verify(Sign(_p256, Header(_p256, "ES256"), claims), Expected()).Problem.Should().Be(KeyProofProblem.InvalidProof);
    }

    [Fact]
    public void Verify_NoNonce_IsMissingNonce()
    {
        var claims = Claims();
        claims.Remove("nonce");

        KeyProofVerifier.Verify(Sign(_p256, Header(_p256, "ES256"), claims), Expected()).Problem.Should().Be(KeyProofProblem.MissingNonce);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a jwt")]
    [InlineData("a.b")]
    [InlineData("eyJ9.e30.")]
    public void Verify_Garbage_IsInvalidProofNeverAnException(string proof) =>
        KeyProofVerifier.Verify(proof, Expected()).Problem.Should().Be(KeyProofProblem.InvalidProof);

    [Fact]
    public void Verify_ProofTamperedInOneCharacter_IsRefused()
    {
        var proof = Sign(_ed25519, Header(_ed25519, "EdDSA"), Claims());

        for (var i = 0; i < proof.Length; i += 7)
        {
            var tampered = proof[..i] + (proof[i] == 'A' ? 'B' : 'A') + proof[(i + 1)..];
            KeyProofVerifier.Verify(tampered, Expected()).Accepted.Should().BeFalse($"position {i} was changed");
        }
    }

    public void Dispose()
    {
        _ed25519.Dispose();
        _p256.Dispose();
    }

    private static KeyProofExpectations Expected() => new(Issuer, Now, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));

    private static JsonObject Header(SigningKey key, string alg) => new() { ["typ"] = "openid4vci-proof+jwt", ["alg"] = alg, ["jwk"] = key.PublicJwk.ToJson() };

    private static JsonObject Claims() => new() { ["aud"] = Issuer, ["iat"] = Now.ToUnixTimeSeconds(), ["nonce"] = "n-1" };

    private static string Sign(SigningKey key, JsonObject header, JsonObject claims)
    {
        var input = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        return input + "." + Base64Url.EncodeToString(key.Sign(Encoding.ASCII.GetBytes(input)));
    }
}
