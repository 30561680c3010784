using Credentials.Proofs.Findings;
using Credentials.Model.Elm;
using Credentials.TestKit;
using Credentials.Verifier.Reports;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Verifier.Tests.Checks;

public sealed class ValidityAndTrustTests
{
    private static string Issue(DateTimeOffset issuedAt, DateTimeOffset? expires) =>
        TestCredentials.Jwt(ElmCredentialBuilder.Build(TestKit.Samples.Northern, new ElmBuildOptions { CredentialId = "urn:uuid:00000000-0000-4000-8000-0000000000aa", IssuerId = TestKeys.Northern.Did, IssuedAt = issuedAt, ExpirationDate = expires }), TestKeys.Northern);

    [Theory]
    [InlineData(-301, CheckCodes.ValidityNotYetValid)]
    [InlineData(-299, CheckCodes.ValidityValid)]
    [InlineData(0, CheckCodes.ValidityValid)]
    [InlineData(3600, CheckCodes.ValidityValid)]
    public async Task VerifyAsync_AroundIssuance_HonoursFiveMinuteSkew(int secondsAfterIssue, string code)
    {
        var issued = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(issued.AddSeconds(secondsAfterIssue));

        var report = await VerifierFactory.Create(clock).VerifyAsync(Issue(issued, null));

        report.Checks.Where(c => c.Check == CheckNames.Validity).Select(c => c.Code).Should().AllBe(code);
    }

    [Theory]
    [InlineData(299, CheckCodes.ValidityValid)]
    [InlineData(301, CheckCodes.ValidityExpired)]
    public async Task VerifyAsync_AroundExpiry_HonoursFiveMinuteSkew(int secondsAfterExpiry, string code)
    {
        var issued = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var expires = issued.AddYears(1);
        var clock = new FakeTimeProvider(expires.AddSeconds(secondsAfterExpiry));

        var report = await VerifierFactory.Create(clock).VerifyAsync(Issue(issued, expires));

        report.Checks.Where(c => c.Check == CheckNames.Validity).Select(c => c.Code).Should().Contain(code);
    }

    [Fact]
    public async Task VerifyAsync_NoTrustList_IsIndeterminateNeverPassed()
    {
        var token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt"));

        var report = await VerifierFactory.Create(trust: false).VerifyAsync(token);

        report.Verdict.Should().Be(Verdict.Indeterminate);
        report.Checks.Single(c => c.Check == CheckNames.Trust).Code.Should().Be(CheckCodes.TrustNotConfigured);
    }

    [Fact]
    public async Task VerifyAsync_IssuerNotOnList_IsIndeterminateWithIssuerUnknown()
    {
        using var key = Proofs.Keys.SigningKey.Generate(Proofs.Keys.KeyType.Ed25519);
        var issuer = Proofs.Keys.KeyDirectory.Identify(key, null);
        var token = TestCredentials.Jwt(TestCredentials.Elm(TestKit.Samples.Northern, issuer), issuer);

        var report = await VerifierFactory.Create().VerifyAsync(token);

        report.Verdict.Should().Be(Verdict.Indeterminate);
        report.Checks.Single(c => c.Check == CheckNames.Trust).Code.Should().Be(CheckCodes.TrustIssuerUnknown);
    }

    [Fact]
    public async Task VerifyAsync_OnlyProofAsked_SkipsTheOthersButFormat()
    {
        var token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt"));

        var report = await VerifierFactory.Create(options: new VerifierOptions { OnlyChecks = new HashSet<string> { CheckNames.Proof } }).VerifyAsync(token);

        report.Checks.Where(c => c.Outcome != CheckOutcome.Skipped).Select(c => c.Check).Should().Equal(CheckNames.Format, CheckNames.Proof);
    }

    [Fact]
    public void CheckTexts_EveryCode_HasEnglishFinnishAndSwedish()
    {
        var codes = typeof(CheckCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        codes.Should().OnlyContain(c => CheckTexts.All.ContainsKey(c));
        CheckTexts.All.Values.Should().OnlyContain(t => t.En.Length > 0 && t.Fi.Length > 0 && t.Sv.Length > 0 && t.Fi != t.En && t.Sv != t.En);
    }
}
