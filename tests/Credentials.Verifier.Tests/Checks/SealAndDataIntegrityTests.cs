using Credentials.Proofs.Findings;
using System.Text;
using Credentials.Proofs.DataIntegrity;
using Credentials.TestKit;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Checks;

public sealed class SealAndDataIntegrityTests
{
    private static readonly string EuropassSigned = RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-signed.jsonld");

    [Fact]
    public async Task VerifyAsync_EuropassSealedSampleWithItsTsa_IsIntactSealedByOrganizacionTestWithTrustUndecided()
    {
        var options = new VerifierOptions { TsaTrustAnchors = [SampleTsaRoot()] };

        var report = await VerifierFactory.Create(options: options).VerifyAsync(File.ReadAllBytes(EuropassSigned));

        report.Envelope.Should().Be("jades");
        var proof = report.Checks.Single(c => c.Check == CheckNames.Proof);
        proof.Outcome.Should().Be(CheckOutcome.Passed, proof.Message);
        proof.Message.Should().Contain("ORGANIZACION TEST").And.Contain("ES").And.Contain("validated time-stamp");
        report.Checks.Single(c => c.Check == CheckNames.Trust).Should().Match<CheckResult>(c => c.Outcome == CheckOutcome.Indeterminate && c.Code == CheckCodes.TrustNoAnchor);
        report.Content!.MicroCredential!.Learner.FullName.Should().Be("Ana Andromeda");
    }

    [Fact]
    public async Task VerifyAsync_EuropassSealedSampleWithoutTsaAnchor_IndeterminateWithTheReason()
    {
        var report = await VerifierFactory.Create().VerifyAsync(File.ReadAllBytes(EuropassSigned));

        var proof = report.Checks.Single(c => c.Check == CheckNames.Proof);
        proof.Outcome.Should().Be(CheckOutcome.Indeterminate, "the seal certificate expired on 2025-05-10 and the time-stamp's authority is not configured");
        proof.Code.Should().Be(CheckCodes.ProofNoProofOfExistence);
        proof.Message.Should().Contain("Cannot show the seal was made while its certificate was valid");
        report.Verdict.Should().NotBe(Verdict.NotVerified);
    }

    [Theory]
    [InlineData("Ana Andromeda", "Ana Andromedb")]
    [InlineData("\"point\":\"2\"", "\"point\":\"3\"")]
    [InlineData("University of Zed", "University of Zee")]
    public async Task VerifyAsync_EuropassPayloadChanged_FailsProof(string from, string to)
    {
        var text = File.ReadAllText(EuropassSigned);
        var payloadStart = text.IndexOf("\"payload\"", StringComparison.Ordinal);
        var at = text.IndexOf(from.Replace("\"", "\\\"", StringComparison.Ordinal), payloadStart, StringComparison.Ordinal);
        at.Should().BeGreaterThan(0, "the sample's payload contains " + from);
        var escapedFrom = from.Replace("\"", "\\\"", StringComparison.Ordinal);
        var changed = text[..at] + to.Replace("\"", "\\\"", StringComparison.Ordinal) + text[(at + escapedFrom.Length)..];

        var report = await VerifierFactory.Create().VerifyAsync(Encoding.UTF8.GetBytes(changed));

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.Checks.Single(c => c.Check == CheckNames.Proof).Outcome.Should().Be(CheckOutcome.Failed);
    }

    [Theory]
    [InlineData(Cryptosuites.EddsaRdfc2022)]
    [InlineData(Cryptosuites.EddsaJcs2022)]
    public async Task VerifyAsync_OurElmWithDataIntegrityProof_PassesProofIssuerAndTrust(string suite)
    {
        var document = TestCredentials.Elm(TestKit.Samples.Northern, TestKeys.Northern);
        var secured = await DataIntegrityProofs.SignAsync(document, TestKeys.Northern.Key, TestKeys.Northern.KeyId, new DataIntegrityOptions { Cryptosuite = suite, Created = TestKit.Samples.IssuedAt });

        var report = await VerifierFactory.Create().VerifyAsync(secured.ToJsonString());
        var tampered = await VerifierFactory.Create().VerifyAsync(secured.ToJsonString().Replace("900123", "900124", StringComparison.Ordinal));

        report.Envelope.Should().Be("data-integrity");
        report.Verdict.Should().Be(Verdict.Verified, string.Join("\n", report.Checks));
        tampered.Checks.Single(c => c.Check == CheckNames.Proof).Code.Should().Be(CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public async Task VerifyAsync_DataIntegrityProofByAnotherKey_FailsProof()
    {
        using var stranger = Proofs.Keys.SigningKey.Generate(Proofs.Keys.KeyType.Ed25519);
        var document = TestCredentials.Elm(TestKit.Samples.Northern, TestKeys.Northern);
        var secured = await DataIntegrityProofs.SignAsync(document, stranger, stranger.DidKeyVerificationMethod, new DataIntegrityOptions { Created = TestKit.Samples.IssuedAt });

        var report = await VerifierFactory.Create().VerifyAsync(secured.ToJsonString());

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.Checks.Single(c => c.Check == CheckNames.Proof).Outcome.Should().Be(CheckOutcome.Failed);
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 SampleTsaRoot()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(EuropassSigned))!;
        var entry = root["signatures"]![0]!["header"]!["etsiU"]![0]!.GetValue<string>();
        var sigTst = System.Text.Json.Nodes.JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(entry))!["sigTst"]!;
        var cms = new System.Security.Cryptography.Pkcs.SignedCms();
        cms.Decode(Convert.FromBase64String(sigTst["tstTokens"]![0]!["val"]!.GetValue<string>()));
        return cms.Certificates.Cast<System.Security.Cryptography.X509Certificates.X509Certificate2>().Single(c => c.Subject == c.Issuer);
    }
}
