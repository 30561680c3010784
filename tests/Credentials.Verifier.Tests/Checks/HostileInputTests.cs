using Credentials.Proofs.Findings;
using System.Text;
using Credentials.Proofs.Keys;
using Credentials.TestKit;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Checks;

public sealed class HostileInputTests
{
    private static string ValidToken => File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt")).Trim();

    [Theory]
    [InlineData("", CheckCodes.FormatUnreadable)]
    [InlineData("   \n", CheckCodes.FormatUnreadable)]
    [InlineData("hello world", CheckCodes.FormatUnreadable)]
    [InlineData("{", CheckCodes.FormatUnreadable)]
    [InlineData("{\"a\":1,\"a\":2}", CheckCodes.FormatDuplicateMember)]
    [InlineData("[1,2,3]", CheckCodes.FormatNotACredential)]
    [InlineData("{\"@context\":[],\"type\":\"Person\"}", CheckCodes.FormatNotACredential)]
    [InlineData("a.b.c", CheckCodes.FormatMalformedJws)]
    [InlineData("eyJhbGciOiJFZERTQSJ9.e30", CheckCodes.FormatMalformedJws)]
    [InlineData("eyJhbGciOiJFZERTQSJ9.eyJ2YyI6MX0.$$$", CheckCodes.FormatMalformedJws)]
    [InlineData("eyJhbGciOiJFZERTQSIsImFsZyI6Im5vbmUifQ.e30.AAAA", CheckCodes.FormatDuplicateMember)]
    [InlineData("WyJhIl0.e30.AAAA", CheckCodes.FormatMalformedJws)]
    [InlineData("{\"payload\":42,\"signatures\":[]}", CheckCodes.FormatNotACredential)]
    public async Task VerifyAsync_Malformed_FailsFormatWithCode(string input, string code)
    {
        var report = await VerifierFactory.Create().VerifyAsync(input);

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.Checks[0].Should().Match<CheckResult>(c => c.Check == CheckNames.Format && c.Outcome == CheckOutcome.Failed && c.Code == code);
        report.Checks.Skip(1).Where(c => c.Check is not CheckNames.Format).Should().OnlyContain(c => c.Outcome == CheckOutcome.Skipped);
    }

    [Fact]
    public async Task VerifyAsync_OverTheSizeLimit_IsRefusedBeforeParsing()
    {
        var huge = new byte[VerifierOptions.DefaultMaxInputBytes + 1];
        huge.AsSpan().Fill((byte)'{');

        var report = await VerifierFactory.Create().VerifyAsync(huge);

        report.Checks[0].Code.Should().Be(CheckCodes.FormatTooLarge);
    }

    [Fact]
    public async Task VerifyAsync_DeeplyNestedJson_IsRefusedNotCrashed()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        var report = await VerifierFactory.Create().VerifyAsync(deep);

        report.Checks[0].Outcome.Should().Be(CheckOutcome.Failed);
    }

    [Fact]
    public async Task VerifyAsync_InvalidUtf8_FailsFormat()
    {
        var report = await VerifierFactory.Create().VerifyAsync(new byte[] { 0x7b, 0xff, 0xfe, 0x7d });

        report.Checks[0].Code.Should().Be(CheckCodes.FormatInvalidText);
    }

    [Fact]
    public async Task VerifyAsync_ByteOrderMarkAndWhitespace_AreTolerated()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("\r\n  " + ValidToken + "\r\n")).ToArray();

        var report = await VerifierFactory.Create().VerifyAsync(bytes);

        report.Verdict.Should().Be(Verdict.Verified);
    }

    [Fact]
    public async Task VerifyAsync_KidOfAnotherIssuer_FailsProofWithoutLookingTheKeyUp()
    {
        using var stranger = SigningKey.Generate(KeyType.Ed25519);
        var doc = TestCredentials.Elm(TestKit.Samples.Northern, TestKeys.Northern);
        var token = TestCredentials.Jwt(doc, new IssuerKey(stranger, stranger.DidKey, stranger.DidKeyVerificationMethod));

        var report = await VerifierFactory.Create().VerifyAsync(token);

        report.Checks.Single(c => c.Check == CheckNames.Proof).Code.Should().Be(CheckCodes.ProofKeyNotIssuers);
        report.Checks.Single(c => c.Check == CheckNames.Issuer).Outcome.Should().Be(CheckOutcome.Skipped);
        report.Checks.Single(c => c.Check == CheckNames.Trust).Outcome.Should().Be(CheckOutcome.Skipped);
    }

    [Theory]
    [InlineData("{\"alg\":\"EdDSA\",\"kid\":\"KID\",\"jwk\":{\"kty\":\"OKP\"}}")]
    [InlineData("{\"alg\":\"EdDSA\",\"kid\":\"KID\",\"jku\":\"https://evil.example/keys\"}")]
    [InlineData("{\"alg\":\"EdDSA\",\"kid\":\"KID\",\"crit\":[\"exp\"]}")]
    public async Task VerifyAsync_HeaderThatBringsItsOwnKeyOrExtensions_IsRefused(string header)
    {
        var payload = TestCredentials.Payload(ValidToken).ToJsonString(Proofs.VcJwt.VcJwtSigner.PayloadJson);
        var token = TestCredentials.RawJws(header.Replace("KID", TestKeys.Northern.KeyId, StringComparison.Ordinal), payload, TestKeys.Northern.Key);

        var report = await VerifierFactory.Create().VerifyAsync(token);

        report.Checks.Single(c => c.Check == CheckNames.Proof).Code.Should().Be(CheckCodes.ProofUnsupportedHeader);
    }

    [Fact]
    public async Task VerifyAsync_NoKid_FailsProof()
    {
        var payload = TestCredentials.Payload(ValidToken).ToJsonString(Proofs.VcJwt.VcJwtSigner.PayloadJson);

        var report = await VerifierFactory.Create().VerifyAsync(TestCredentials.RawJws("{\"alg\":\"EdDSA\"}", payload, TestKeys.Northern.Key));

        report.Checks.Single(c => c.Check == CheckNames.Proof).Code.Should().Be(CheckCodes.ProofKeyMissing);
    }

    [Fact]
    public async Task VerifyAsync_DidWebWithoutDocument_IsIndeterminateNotFailed()
    {
        var token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, "vastra-hogskolan-oberg.jwt")).Trim();
        var verifier = new CredentialVerifier(new VerifierOptions(), TimeProvider.System);

        var report = await verifier.VerifyAsync(token);

        report.Verdict.Should().Be(Verdict.Indeterminate);
        report.Checks.Single(c => c.Check == CheckNames.Proof).Code.Should().Be(CheckCodes.ProofKeyUnresolved);
    }

    [Fact]
    public async Task VerifyAsync_IssuerWithUnknownDidMethod_IsIndeterminate()
    {
        var payload = TestCredentials.Payload(ValidToken);
        payload["iss"] = "did:example:123";
        payload["vc"]!["issuer"]!["id"] = "did:example:123";
        var json = payload.ToJsonString(Proofs.VcJwt.VcJwtSigner.PayloadJson);

        var report = await VerifierFactory.Create().VerifyAsync(TestCredentials.RawJws("{\"alg\":\"EdDSA\",\"kid\":\"did:example:123#k\"}", json, TestKeys.Northern.Key));

        report.Checks.Single(c => c.Check == CheckNames.Proof).Outcome.Should().Be(CheckOutcome.Indeterminate);
    }

    [Fact]
    public async Task VerifyAsync_UnsignedCredential_ReportsProofMissingAndShowsContent()
    {
        var report = await VerifierFactory.Create().VerifyAsync(File.ReadAllBytes(TestKit.Samples.Invalid.Single(f => f.EndsWith("proof-missing.jsonld", StringComparison.Ordinal))));

        report.Checks.Single(c => c.Check == CheckNames.Proof).Code.Should().Be(CheckCodes.ProofMissing);
        report.Content!.MicroCredential!.Learner.FamilyName.Should().Be("Äijälä");
    }
}
