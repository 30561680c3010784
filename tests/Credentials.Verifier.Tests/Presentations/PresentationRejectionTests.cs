using Credentials.Proofs.Findings;
using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.TestKit;
using Credentials.Verifier.Presentations;
using Credentials.Verifier.Reports;
using static Credentials.Verifier.Tests.Presentations.PresentationFixture;

namespace Credentials.Verifier.Tests.Presentations;

public sealed class PresentationRejectionTests
{
    [Theory]
    [InlineData(Cryptosuites.EddsaRdfc2022)]
    [InlineData(Cryptosuites.EddsaJcs2022)]
    public async Task VerifyAsync_TamperedPresentation_FailsProof(string suite)
    {
        var signed = await SignDiAsync(Build(await ElmDiAsync(suite)), suite);
        signed["id"] = "urn:uuid:0a1b2c3d-0000-4000-8000-000000000002";

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        Code(report, PresentationCheckNames.Proof).Should().Be(CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public async Task VerifyAsync_TamperedVpJwt_FailsProof()
    {
        var token = SignJwt(Build(ElmJwt));
        var payload = TestCredentials.Payload(token);
        payload["vp"]!["id"] = "urn:uuid:0a1b2c3d-0000-4000-8000-000000000002";

        var report = await NewVerifier().VerifyAsync(TestCredentials.WithPayload(token, payload.ToJsonString()), Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        Code(report, PresentationCheckNames.Proof).Should().Be(CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public async Task VerifyAsync_TamperedEmbeddedCredentialInIntactPresentation_FailsCredentials()
    {
        var credential = JsonNode.Parse(await ElmDiAsync())!.AsObject();
        credential["id"] = "urn:uuid:00000000-0000-4000-8000-000000000666";
        var signed = await SignDiAsync(Build(credential.ToJsonString()), Cryptosuites.EddsaJcs2022);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        Code(report, PresentationCheckNames.Proof).Should().Be(CheckCodes.ProofValid, "the holder signed what it sent");
        report.Checks.Should().ContainSingle(c => c.Code == CheckCodes.PresentationCredentialNotVerified).Which.Pointer.Should().Be("/verifiableCredential/0");
        report.Credentials.Single().Report.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Theory]
    [InlineData("another-challenge", CheckCodes.PresentationChallengeMismatch)]
    [InlineData(null, CheckCodes.PresentationChallengeRequired)]
    [InlineData("", CheckCodes.PresentationChallengeRequired)]
    public async Task VerifyAsync_WrongOrNoExpectedChallenge_FailsChallenge(string? expected, string code)
    {
        var signed = await SignDiAsync(Build(ElmJwt), Cryptosuites.EddsaJcs2022);
        var token = SignJwt(Build(ElmJwt));

        var di = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected(challenge: expected));
        var jwt = await NewVerifier().VerifyAsync(token, Expected(challenge: expected));

        di.Verdict.Should().Be(Verdict.NotVerified);
        jwt.Verdict.Should().Be(Verdict.NotVerified);
        Code(di, PresentationCheckNames.Challenge).Should().Be(code);
        Code(jwt, PresentationCheckNames.Challenge).Should().Be(code);
    }

    [Fact]
    public async Task VerifyAsync_ProofWithoutChallenge_FailsChallengeMissing()
    {
        var options = new DataIntegrityOptions { Cryptosuite = Cryptosuites.EddsaJcs2022, ProofPurpose = ProofPurposes.Authentication, TimeProvider = Clock };
        var signed = await DataIntegrityProofs.SignAsync(Build(ElmJwt), Holder, Holder.DidKeyVerificationMethod, options);
        var token = TestCredentials.RawJws(Header(Holder), new JsonObject { ["iss"] = HolderDid, ["aud"] = Domain, ["vp"] = Build(ElmJwt) }.ToJsonString(), Holder);

        var di = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected(domain: null));
        var jwt = await NewVerifier().VerifyAsync(token, Expected());

        Code(di, PresentationCheckNames.Challenge).Should().Be(CheckCodes.PresentationChallengeMissing);
        Code(jwt, PresentationCheckNames.Challenge).Should().Be(CheckCodes.PresentationChallengeMissing);
        Code(di, PresentationCheckNames.Proof).Should().Be(CheckCodes.ProofValid);
        di.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Theory]
    [InlineData("https://other.example", CheckCodes.PresentationDomainMismatch)]
    [InlineData(null, CheckCodes.PresentationDomainMissing)]
    public async Task VerifyAsync_WrongOrMissingDomain_FailsDomain(string? signedDomain, string code)
    {
        var signed = await SignDiAsync(Build(ElmJwt), Cryptosuites.EddsaJcs2022, domain: signedDomain);
        var token = SignJwt(Build(ElmJwt), domain: signedDomain);

        var di = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());
        var jwt = await NewVerifier().VerifyAsync(token, Expected());

        Code(di, PresentationCheckNames.Domain).Should().Be(code);
        Code(jwt, PresentationCheckNames.Domain).Should().Be(code);
        di.Verdict.Should().Be(Verdict.NotVerified);
        jwt.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Fact]
    public async Task VerifyAsync_DiProofByKeyHolderDoesNotControl_FailsHolder()
    {
        var signed = await SignDiAsync(Build(ElmJwt), Cryptosuites.EddsaJcs2022, key: Stranger);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        Code(report, PresentationCheckNames.Proof).Should().Be(CheckCodes.ProofValid, "the stranger's signature itself is intact");
        Code(report, PresentationCheckNames.Holder).Should().Be(CheckCodes.PresentationKeyNotHolders);
    }

    [Fact]
    public async Task VerifyAsync_VpJwtSignedByKeyHolderDoesNotControl_FailsHolderWithoutLookingUpTheKey()
    {
        var token = SignJwt(Build(ElmJwt), key: Stranger);

        var report = await NewVerifier().VerifyAsync(token, Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        Code(report, PresentationCheckNames.Holder).Should().Be(CheckCodes.PresentationKeyNotHolders);
        report.Checks.Single(c => c.Check == PresentationCheckNames.Proof).Outcome.Should().Be(CheckOutcome.Skipped);
    }

    [Fact]
    public async Task VerifyAsync_VpJwtIssAndHolderDiffer_FailsHolderMismatch()
    {
        var presentation = Build(ElmJwt);
        presentation["holder"] = Stranger.DidKey;
        var payload = new JsonObject { ["iss"] = HolderDid, ["nonce"] = Challenge, ["aud"] = Domain, ["vp"] = presentation };
        var token = TestCredentials.RawJws(Header(Holder), payload.ToJsonString(), Holder);

        var report = await NewVerifier().VerifyAsync(token, Expected());

        Code(report, PresentationCheckNames.Holder).Should().Be(CheckCodes.PresentationHolderMismatch);
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Fact]
    public async Task VerifyAsync_AssertionMethodInsteadOfAuthentication_FailsPurpose()
    {
        var options = new DataIntegrityOptions { Cryptosuite = Cryptosuites.EddsaJcs2022, Challenge = Challenge, Domain = Domain, TimeProvider = Clock };
        var signed = await DataIntegrityProofs.SignAsync(Build(ElmJwt), Holder, Holder.DidKeyVerificationMethod, options);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        Code(report, PresentationCheckNames.Proof).Should().Be(CheckCodes.ProofPurposeMismatch);
    }

    [Fact]
    public async Task VerifyAsync_UnsignedPresentation_FailsUnsigned()
    {
        var report = await NewVerifier().VerifyAsync(Build(ElmJwt).ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.Envelope.Should().Be("unsigned");
        Code(report, PresentationCheckNames.Proof).Should().Be(CheckCodes.PresentationUnsigned);
        report.Credentials.Should().ContainSingle("the credentials are still reported");
    }

    [Fact]
    public async Task VerifyAsync_VpJwtExpiredOrNotYetValid_FailsValidity()
    {
        var now = Now.ToUnixTimeSeconds();
        var expired = new JsonObject { ["iss"] = HolderDid, ["nonce"] = Challenge, ["aud"] = Domain, ["exp"] = now - 3600, ["vp"] = Build(ElmJwt) };
        var early = new JsonObject { ["iss"] = HolderDid, ["nonce"] = Challenge, ["aud"] = Domain, ["nbf"] = now + 3600, ["vp"] = Build(ElmJwt) };

        var a = await NewVerifier().VerifyAsync(TestCredentials.RawJws(Header(Holder), expired.ToJsonString(), Holder), Expected());
        var b = await NewVerifier().VerifyAsync(TestCredentials.RawJws(Header(Holder), early.ToJsonString(), Holder), Expected());

        Code(a, PresentationCheckNames.Validity).Should().Be(CheckCodes.PresentationExpired);
        Code(b, PresentationCheckNames.Validity).Should().Be(CheckCodes.PresentationNotYetValid);
        Code(a, PresentationCheckNames.Proof).Should().Be(CheckCodes.ProofValid);
    }

    [Theory]
    [InlineData("{\"alg\":\"none\",\"kid\":\"KID\"}", CheckCodes.ProofAlgorithmNotAllowed)]
    [InlineData("{\"alg\":\"HS256\",\"kid\":\"KID\"}", CheckCodes.ProofAlgorithmNotAllowed)]
    [InlineData("{\"alg\":\"EdDSA\",\"kid\":\"KID\",\"jwk\":{}}", CheckCodes.ProofUnsupportedHeader)]
    [InlineData("{\"alg\":\"EdDSA\"}", CheckCodes.ProofKeyMissing)]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"KID\"}", CheckCodes.ProofAlgorithmNotAllowed)]
    public async Task VerifyAsync_VpJwtHostileHeader_FailsProof(string header, string code)
    {
        var payload = new JsonObject { ["iss"] = HolderDid, ["nonce"] = Challenge, ["aud"] = Domain, ["vp"] = Build(ElmJwt) };
        var token = TestCredentials.RawJws(header.Replace("KID", Holder.DidKeyVerificationMethod, StringComparison.Ordinal), payload.ToJsonString(), Holder);

        var report = await NewVerifier().VerifyAsync(token, Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        Code(report, PresentationCheckNames.Proof).Should().Be(code);
    }

    internal static string Header(Proofs.Keys.SigningKey key) =>
        new JsonObject { ["alg"] = "EdDSA", ["typ"] = "JWT", ["kid"] = key.DidKeyVerificationMethod }.ToJsonString();

    internal static string Code(PresentationReport report, string check)
    {
        var results = report.Checks.Where(c => c.Check == check).ToList();
        return (results.Find(c => c.Outcome != CheckOutcome.Passed) ?? results[0]).Code;
    }
}
