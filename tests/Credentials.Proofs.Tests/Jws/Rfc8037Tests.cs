using System.Buffers.Text;
using System.Text;
using Credentials.Proofs.Jws;
using Credentials.Proofs.Keys;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Credentials.Proofs.Tests.Jws;

public sealed class Rfc8037Tests
{
    // RFC 8037 Appendix A.1 key and A.4 signed example.
    private const string D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    private const string X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    private const string SigningInput = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
    private const string Signature = "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

    [Fact]
    public void Sign_AppendixA4Input_ReproducesSignature()
    {
        using var key = SigningKey.FromPrivateJwk(new Jwk { Kty = "OKP", Crv = "Ed25519", X = X, D = D });

        var signature = key.Sign(Encoding.ASCII.GetBytes(SigningInput));

        key.PublicJwk.X.Should().Be(X);
        Base64Url.EncodeToString(signature).Should().Be(Signature);
    }

    [Fact]
    public async Task ValidateTokenAsync_AppendixA4Token_VerifiesThroughNSecProvider()
    {
        var key = SecurityKeys.FromPublicJwk(new Jwk { Kty = "OKP", Crv = "Ed25519", X = X });
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidAlgorithms = ["EdDSA"],
        };

        // The payload is not JSON, so validate the signature through the provider as the handler would.
        var provider = key.CryptoProviderFactory.CreateForVerifying(key, "EdDSA");
        var valid = provider.Verify(Encoding.ASCII.GetBytes(SigningInput), Base64Url.DecodeFromChars(Signature));
        var tampered = provider.Verify(Encoding.ASCII.GetBytes(SigningInput + "x"), Base64Url.DecodeFromChars(Signature));

        valid.Should().BeTrue();
        tampered.Should().BeFalse();
        var jsonToken = new JsonWebTokenHandler().CreateToken("{\"a\":1}", new SigningCredentials(SigningKey.FromPrivateJwk(new Jwk { Kty = "OKP", Crv = "Ed25519", X = X, D = D }).ToSecurityKey("k"), "EdDSA"));
        (await new JsonWebTokenHandler().ValidateTokenAsync(jsonToken, parameters)).IsValid.Should().BeTrue();
    }
}
