using System.Buffers.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.Keys;
using Credentials.Proofs.Presentations;
using Credentials.Proofs.VcJwt;

namespace Credentials.Proofs.Tests.Presentations;

public sealed class PresentationBuilderTests
{
    private const string Holder = "did:key:z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw";

    [Fact]
    public void Build_DataModel20Token_EmbedsEnvelopedCredential()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var token = new VcJwtSigner(key, key.DidKeyVerificationMethod).SignJose(Vcdm2());

        var version = PresentationBuilder.VersionFor([token]);
        var presentation = PresentationBuilder.Build([token], Holder, version);

        version.Should().Be(PresentationVersion.DataModel20);
        presentation["@context"]![0]!.GetValue<string>().Should().Be(PresentationContexts.V2);
        var entry = presentation["verifiableCredential"]![0]!.AsObject();
        entry["type"]!.GetValue<string>().Should().Be("EnvelopedVerifiableCredential");
        entry["id"]!.GetValue<string>().Should().Be("data:application/vc+jwt," + token);
    }

    [Fact]
    public void Build_DataModel11TokenAndObject_EmbedsTokenAsStringAndObjectAsObject()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var v1 = new JsonObject { ["@context"] = new JsonArray(PresentationContexts.V1), ["type"] = "VerifiableCredential", ["issuer"] = key.DidKey, ["issuanceDate"] = "2026-01-01T00:00:00Z" };
        var token = new VcJwtSigner(key, key.DidKeyVerificationMethod).SignDataModel11(v1);

        var version = PresentationBuilder.VersionFor([token, v1.ToJsonString()]);
        var presentation = PresentationBuilder.Build([token, v1.ToJsonString()], Holder, version, "urn:uuid:1");

        version.Should().Be(PresentationVersion.DataModel11);
        presentation["id"]!.GetValue<string>().Should().Be("urn:uuid:1");
        presentation["holder"]!.GetValue<string>().Should().Be(Holder);
        presentation["verifiableCredential"]![0]!.GetValue<string>().Should().Be(token);
        JsonNode.DeepEquals(presentation["verifiableCredential"]![1], v1).Should().BeTrue();
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1,2]")]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("eyJhbGciOiJFZERTQSJ9.%%%.AAAA")]
    public void VersionFor_UnreadableCredential_ThrowsArgumentException(string credential)
    {
        var act = () => PresentationBuilder.VersionFor([credential]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void VersionFor_MixedVersions_ThrowsArgumentException()
    {
        var v1 = new JsonObject { ["@context"] = new JsonArray(PresentationContexts.V1) }.ToJsonString();
        var v2 = Vcdm2().ToJsonString();

        var act = () => PresentationBuilder.VersionFor([v1, v2]);

        act.Should().Throw<ArgumentException>().WithMessage("*mix*");
    }

    [Fact]
    public void SignJwt_Presentation_WritesHolderNonceAudienceAndTimes()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var now = new DateTimeOffset(2026, 9, 1, 10, 0, 0, TimeSpan.Zero);
        var presentation = PresentationBuilder.Build([], key.DidKey, PresentationVersion.DataModel11, "urn:uuid:7");

        var token = PresentationSigner.SignJwt(presentation, key, key.DidKeyVerificationMethod, "nonce-1", "https://verifier.example", new FixedTime(now));

        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]))!;
        payload["iss"]!.GetValue<string>().Should().Be(key.DidKey);
        payload["jti"]!.GetValue<string>().Should().Be("urn:uuid:7");
        payload["nonce"]!.GetValue<string>().Should().Be("nonce-1");
        payload["aud"]!.GetValue<string>().Should().Be("https://verifier.example");
        payload["nbf"]!.GetValue<long>().Should().Be(now.ToUnixTimeSeconds());
        JsonNode.DeepEquals(payload["vp"], presentation).Should().BeTrue();
    }

    [Fact]
    public void SignJwt_NoChallengeOrNoHolder_Throws()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var presentation = PresentationBuilder.Build([], key.DidKey, PresentationVersion.DataModel11);
        var anonymous = new JsonObject { ["type"] = "VerifiablePresentation" };

        var noChallenge = () => PresentationSigner.SignJwt(presentation, key, key.DidKeyVerificationMethod, "", null, TimeProvider.System);
        var noHolder = () => PresentationSigner.SignJwt(anonymous, key, key.DidKeyVerificationMethod, "c", null, TimeProvider.System);

        noChallenge.Should().Throw<ArgumentException>();
        noHolder.Should().Throw<ArgumentException>().WithMessage("*holder*");
    }

    private static JsonObject Vcdm2() => new()
    {
        ["@context"] = new JsonArray(PresentationContexts.V2),
        ["type"] = new JsonArray("VerifiableCredential"),
        ["issuer"] = Holder,
        ["validFrom"] = "2026-01-01T00:00:00Z",
        ["credentialSubject"] = new JsonObject { ["id"] = Holder },
    };

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
