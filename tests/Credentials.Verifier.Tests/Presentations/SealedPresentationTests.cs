using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Jades;
using Credentials.Proofs.Presentations;
using Credentials.TestKit;
using Credentials.Verifier.Presentations;
using Credentials.Verifier.Reports;
using static Credentials.Verifier.Tests.Presentations.PresentationFixture;

namespace Credentials.Verifier.Tests.Presentations;

/// <summary>
/// JAdES-sealed presentations, as Europass seals them: recognised as presentations, the seal judged like a sealed
/// credential's, every embedded credential verified, and the holder and challenge undecided because a seal proves neither.
/// </summary>
public sealed class SealedPresentationTests : IDisposable
{
    private readonly X509Certificate2 _seal = TestSealCertificate.Create("Northern University of Technology", "VATFI-12345671", "FI", Clock);
    private readonly JadesSigningKey _key;

    public SealedPresentationTests() => _key = JadesSigningKey.FromCertificate(_seal);

    [Fact]
    public async Task VerifyAsync_SealedPresentationOfSealedCredential_SealAndCredentialVerifiedHolderAndChallengeUndecided()
    {
        var sealedVp = SealPresentation(SealedCredential());

        var report = await Verifier(anchored: true).VerifyAsync(sealedVp, Expected());

        report.Envelope.Should().Be("jades");
        report.HolderId.Should().Be(HolderDid);
        report.Checks.Where(c => c.Check == PresentationCheckNames.Proof).Select(c => c.Code).Should().Equal(CheckCodes.ProofValid, CheckCodes.TrustTrusted);
        report.Checks.Single(c => c.Check == PresentationCheckNames.Proof && c.Code == CheckCodes.ProofValid).Message.Should().Contain("Northern University of Technology");
        report.Credentials.Should().ContainSingle().Which.Report.Verdict.Should().Be(Verdict.Verified, SealedPresentationTests.Describe(report));
        report.Checks.Should().Contain(c => c.Code == CheckCodes.PresentationCredentialsVerified && c.Outcome == CheckOutcome.Passed);
        report.Checks.Single(c => c.Check == PresentationCheckNames.Holder).Should().Match<CheckResult>(c => c.Code == CheckCodes.PresentationHolderSealed && c.Outcome == CheckOutcome.Indeterminate);
        report.Checks.Single(c => c.Check == PresentationCheckNames.Challenge).Should().Match<CheckResult>(c => c.Code == CheckCodes.PresentationSealNoChallenge && c.Outcome == CheckOutcome.Indeterminate);
        report.Checks.Single(c => c.Check == PresentationCheckNames.Domain).Code.Should().Be(CheckCodes.PresentationSealNoChallenge);
        report.Verdict.Should().Be(Verdict.Indeterminate, Describe(report));
    }

    [Fact]
    public async Task VerifyAsync_SealedPresentationWithoutHolderNotRequired_HolderAbsentAndNoDomainAsked()
    {
        var presentation = PresentationBuilder.Build([SealedCredential()], HolderDid, PresentationVersion.DataModel11);
        presentation.Remove("holder");
        var sealedVp = new JadesSealer(Clock).Seal(presentation.ToJsonString(), _key);

        var report = await Verifier(anchored: true).VerifyAsync(sealedVp, Expected(domain: null, requireHolderBinding: false));

        report.Checks.Single(c => c.Check == PresentationCheckNames.Holder).Code.Should().Be(CheckCodes.PresentationHolderAbsent);
        report.Checks.Single(c => c.Check == PresentationCheckNames.Domain).Code.Should().Be(CheckCodes.PresentationDomainNotRequested);
        report.Verdict.Should().Be(Verdict.Indeterminate, Describe(report));
    }

    [Fact]
    public async Task VerifyAsync_SealedPresentationWithoutAnchors_TrustUndecided()
    {
        var report = await Verifier(anchored: false).VerifyAsync(SealPresentation(SealedCredential()), Expected());

        report.Checks.Should().Contain(c => c.Check == PresentationCheckNames.Proof && c.Code == CheckCodes.TrustNoAnchor && c.Outcome == CheckOutcome.Indeterminate);
        report.Verdict.Should().Be(Verdict.Indeterminate);
    }

    [Fact]
    public async Task VerifyAsync_TamperedSealedPresentation_ProofFailedNotVerified()
    {
        var sealedVp = JsonNode.Parse(SealPresentation(SealedCredential()))!.AsObject();
        var payload = sealedVp["payload"]!.GetValue<string>();
        sealedVp["payload"] = payload.Replace(HolderDid, Stranger.DidKey, StringComparison.Ordinal);

        var report = await Verifier(anchored: true).VerifyAsync(sealedVp.ToJsonString(), Expected());

        report.Envelope.Should().Be("jades");
        report.HolderId.Should().Be(Stranger.DidKey);
        report.Checks.Should().Contain(c => c.Check == PresentationCheckNames.Proof && c.Code == CheckCodes.ProofSignatureInvalid && c.Outcome == CheckOutcome.Failed);
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Fact]
    public async Task VerifyAsync_SealedPresentationOfTamperedCredential_CredentialNotVerified()
    {
        var inner = JsonNode.Parse(SealedCredential())!.AsObject();
        inner["payload"] = inner["payload"]!.GetValue<string>().Replace("Siiri", "Sirpa", StringComparison.Ordinal);
        var sealedVp = SealPresentation(inner.ToJsonString());

        var report = await Verifier(anchored: true).VerifyAsync(sealedVp, Expected());

        report.Checks.Where(c => c.Check == PresentationCheckNames.Proof).Should().OnlyContain(c => c.Outcome == CheckOutcome.Passed);
        report.Credentials.Single().Report.Checks.Should().Contain(c => c.Check == "proof" && c.Code == CheckCodes.ProofSignatureInvalid);
        report.Checks.Should().Contain(c => c.Code == CheckCodes.PresentationCredentialNotVerified && c.Pointer == "/payload/verifiableCredential/0");
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Fact]
    public async Task VerifyAsync_SealedCredentialGivenAsPresentation_NotAPresentation()
    {
        var report = await Verifier(anchored: true).VerifyAsync(SealedCredential(), Expected());

        report.Checks.Should().ContainSingle().Which.Code.Should().Be(CheckCodes.PresentationNotAPresentation);
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Fact]
    public void LooksLikePresentation_SealedPresentationAndSealedCredential_OnlyThePresentation()
    {
        var presentation = System.Text.Encoding.UTF8.GetBytes(SealPresentation(SealedCredential()));
        var credential = System.Text.Encoding.UTF8.GetBytes(SealedCredential());

        PresentationVerifier.LooksLikePresentation(presentation).Should().BeTrue();
        PresentationVerifier.LooksLikePresentation(credential).Should().BeFalse();
    }

    [Fact]
    public async Task CredentialVerifier_SealedPresentation_SaysItIsAPresentation()
    {
        var report = await CredentialVerifier(anchored: true).VerifyAsync(SealPresentation(SealedCredential()));

        var format = report.Checks.Single(c => c.Check == "format");
        format.Code.Should().Be(CheckCodes.FormatNotACredential);
        format.Message.Should().Contain("is a presentation");
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    public void Dispose()
    {
        _key.Dispose();
        _seal.Dispose();
    }

    private string SealedCredential() => new JadesSealer(Clock).Seal(ElmDocument().ToJsonString(), _key);

    private string SealPresentation(string sealedCredential)
    {
        var presentation = PresentationBuilder.Build([sealedCredential], HolderDid, PresentationVersion.DataModel11);
        return new JadesSealer(Clock).Seal(presentation.ToJsonString(), _key);
    }

    private CredentialVerifier CredentialVerifier(bool anchored) =>
        VerifierFactory.Create(Clock, options: new VerifierOptions { SealTrustAnchors = anchored ? [_seal] : [] });

    private PresentationVerifier Verifier(bool anchored) => new(CredentialVerifier(anchored), Clock, TestKeys.DidDocuments);

    private static string Describe(PresentationReport report) => PresentationVerifierTests.Describe(report);
}
