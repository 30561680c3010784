using Credentials.Model.Elm;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Jades;
using Credentials.TestKit;
using Credentials.Verifier.Reports;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Verifier.Tests.Verdicts;

/// <summary>The report's conclusion and its one sentence: what is true and why, in en, fi and sv.</summary>
public sealed class ConclusionTests
{
    private static string Sample(string folder, string file) => File.ReadAllText(Path.Combine(folder, file));

    [Theory]
    [InlineData("en", "Verified: issued by Northern University of Technology (fictional, TEST-ONLY key) to Siiri Äijälä on 30 November 2026.")]
    [InlineData("fi", "Todennettu: myöntäjä ")]
    [InlineData("sv", "Verifierat: utfärdat av ")]
    public async Task Genuine_IsVerified_WithWhoAndWhen(string lang, string start)
    {
        var report = await VerifierFactory.Create().VerifyAsync(Sample(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt"));

        report.Conclusion.Should().Be(Conclusion.Verified);
        Conclusions.Sentence(report, lang).Should().StartWith(start);
        Conclusions.Name(report.Conclusion).Should().Be("verified");
    }

    [Theory]
    [InlineData(CheckCodes.ProofSkipped)]
    [InlineData(CheckCodes.IssuerSkipped)]
    [InlineData(CheckCodes.TrustSkipped)]
    public void VerdictOf_ADependentCheckSkippedWithNothingFailed_IsNotVerified(string skipped)
    {
        CheckResult[] results =
        [
            new(CheckNames.Format, CheckOutcome.Passed, CheckCodes.FormatOk, "read"),
            new(CheckNames.Validity, CheckOutcome.Passed, CheckCodes.ValidityValid, "valid"),
            new(skipped.Split('.')[0], CheckOutcome.Skipped, skipped, "a check it depends on did not pass"),
        ];

        VerificationReport.VerdictOf(results).Should().Be(Verdict.Indeterminate, "a proof, issuer or trust decision never made is not a verified credential");
        VerificationReport.VerdictOf(results[..2].Append(new CheckResult(CheckNames.Status, CheckOutcome.Skipped, CheckCodes.StatusNone, "no status"))).Should().Be(Verdict.Verified, "a credential without a status entry has nothing to check there");
    }

    [Fact]
    public async Task Expired_IsAuthenticButExpired_NotForged()
    {
        var report = await VerifierFactory.Create().VerifyAsync(Sample(TestKit.Samples.InvalidFolder, "validity-expired.jwt"));

        report.Conclusion.Should().Be(Conclusion.Expired);
        Conclusions.Sentence(report).Should().Be("Expired on 15 January 2020 — authentic: issued by Northern University of Technology (fictional, TEST-ONLY key), valid until 15 January 2020.");
        Conclusions.Sentence(report, "fi").Should().Contain("15.1.2020").And.Contain("aito");
        Conclusions.Sentence(report, "sv").Should().Contain("15 januari 2020").And.Contain("äkta");
        ReportJson.Write(report)["verdict"]!.GetValue<string>().Should().Be("expired");
        ReportJson.Write(report)["outcome"]!.GetValue<string>().Should().Be("not-verified");
    }

    [Fact]
    public async Task NotYetValid_SaysFromWhen()
    {
        var report = await VerifierFactory.Create().VerifyAsync(Sample(TestKit.Samples.InvalidFolder, "validity-not-yet-valid.jwt"));

        report.Conclusion.Should().Be(Conclusion.NotYetValid);
        Conclusions.Sentence(report).Should().Be("Not yet valid: valid from 15 January 2099.");
    }

    [Theory]
    [InlineData("proof-signature-invalid.jwt")]
    [InlineData("proof-alg-none.jwt")]
    [InlineData("proof-key-not-issuers.jwt")]
    [InlineData("proof-hs256-public-key.jwt")]
    public async Task Forgeries_AreChangedOrForged(string file)
    {
        var report = await VerifierFactory.Create().VerifyAsync(Sample(TestKit.Samples.InvalidFolder, file));

        report.Conclusion.Should().Be(Conclusion.Forged);
        Conclusions.Sentence(report).Should().StartWith("Changed or forged");
    }

    [Theory]
    [InlineData("format-malformed-jws.jwt", Conclusion.Unreadable)]
    [InlineData("schema-missing-title.jwt", Conclusion.Invalid)]
    public async Task Other_Failures_SayWhatIsWrong(string file, Conclusion expected)
    {
        var report = await VerifierFactory.Create().VerifyAsync(Sample(TestKit.Samples.InvalidFolder, file));

        report.Conclusion.Should().Be(expected);
    }

    [Fact]
    public async Task NoTrustList_IsIssuerNotTrusted_AndNamesTheClaimAsAClaim()
    {
        var report = await VerifierFactory.Create(trust: false).VerifyAsync(Sample(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt"));

        report.Conclusion.Should().Be(Conclusion.IssuerNotTrusted);
        Conclusions.Sentence(report).Should().Be("The signature is intact, but Northern University of Technology is not an issuer this service trusts: its name is the credential's own claim.");
    }

    [Fact]
    public async Task AsOfADate_ExpiredLaterIsVerifiedThen()
    {
        var expires = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var token = TestCredentials.Jwt(ElmCredentialBuilder.Build(TestKit.Samples.Northern, new ElmBuildOptions { CredentialId = "urn:uuid:00000000-0000-4000-8000-0000000000ac", IssuerId = TestKeys.Northern.Did, IssuedAt = TestKit.Samples.IssuedAt, ExpirationDate = expires }), TestKeys.Northern);

        var hiring = await VerifierFactory.Create(new FakeTimeProvider(expires.AddMonths(-1))).VerifyAsync(token);
        var now = await VerifierFactory.Create(new FakeTimeProvider(expires.AddMonths(1))).VerifyAsync(token);

        hiring.Conclusion.Should().Be(Conclusion.Verified);
        now.Conclusion.Should().Be(Conclusion.Expired);
    }
    [Fact]
    public async Task SealChainEndingAtAnUnconfiguredRoot_IsSealNotAnchored()
    {
        var now = DateTimeOffset.UtcNow;
        using var configured = SealChain.Create("CN=Configured Root", "Configured Trust Services", "VATFI-00000001", "FI", now);
        using var elsewhere = SealChain.Create("CN=Unconfigured Root", "Northern University of Technology", "VATFI-12345671", "FI", now);
        var sealedText = new JadesSealer(TimeProvider.System).Seal(TestCredentials.Elm(TestKit.Samples.Northern, TestKeys.Northern).ToJsonString(), elsewhere.Key);
        var options = new VerifierOptions { SealTrustAnchors = [configured.Root] };

        var report = await VerifierFactory.Create(options: options).VerifyAsync(sealedText);

        report.Checks.Single(c => c.Check == CheckNames.Trust).Code.Should().Be(CheckCodes.TrustAnchorUnknown);
        report.Checks.Where(c => c.Check != CheckNames.Trust).Should().NotContain(c => c.Outcome == CheckOutcome.Failed || c.Outcome == CheckOutcome.Indeterminate);
        report.Conclusion.Should().Be(Conclusion.SealNotAnchored);
        Conclusions.Sentence(report, "en").Should().StartWith("The seal is intact, but its certificate does not lead to a trust anchor");
    }
}
