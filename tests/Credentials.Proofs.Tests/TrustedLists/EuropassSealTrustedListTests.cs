using Credentials.Proofs.Findings;
using Credentials.Proofs.Jades;
using Credentials.Proofs.Tests.Jades;
using Credentials.Proofs.TrustedLists;

namespace Credentials.Proofs.Tests.TrustedLists;

/// <summary>
/// The whole real chain: EU list of trusted lists → Spanish trusted list → service "ANF AC Qualified Certificates for
/// eSeal" → the seal of the official Europass sample, judged at its validated time-stamp (2023-09-27, Nowina's test TSA).
/// </summary>
public sealed class EuropassSealTrustedListTests
{
    private static readonly Lazy<TrustedList> Spanish = new(EuTrustedListFiles.LoadSpanish);

    private static readonly FixedTimeProvider Now = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Verify_OfficialSampleWithTheSpanishList_TrustedThroughTheAnfSealServiceAndTheListNamed()
    {
        var options = new JadesVerificationOptions { TrustedLists = [Spanish.Value], TsaTrustAnchors = [EuropassSample.TsaRoot()], TimeProvider = Now };

        var result = JadesVerifier.Verify(EuropassSample.Text, options);

        result.ProofOfExistence.Should().Be(new DateTimeOffset(2023, 9, 27, 11, 54, 20, TimeSpan.Zero));
        result.Trust.Should().Be(JadesOutcome.Passed, result.TrustMessage);
        result.TrustMessage.Should().Contain("CN=ANF AC Qualified Certificates for eSeal")
            .And.Contain("service 'Qualified certificate issued by «ANF AC Qualified Certificates for eSeal»' (status granted since 2023-01-31) of the ES trusted list (MINISTRY OF ECONOMY AND BUSINESS)")
            .And.Contain("at 2023-09-27T11:54:20Z");
        result.Revocation.Should().Be(JadesOutcome.Passed, result.RevocationMessage);
        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
    }

    [Fact]
    public void Verify_OfficialSampleWithTheSpanishListButNoTsaAnchor_JudgedNowAndIndeterminate()
    {
        var options = new JadesVerificationOptions { TrustedLists = [Spanish.Value], TimeProvider = Now };

        var result = JadesVerifier.Verify(EuropassSample.Text, options);

        result.ProofOfExistence.Should().BeNull();
        result.Trust.Should().Be(JadesOutcome.Indeterminate, "the seal certificate expired on 2025-05-10 and nothing shows the seal existed before");
        result.Codes().Should().Contain(CheckCodes.ProofNoProofOfExistence);
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Verify_OfficialSampleWithTheSpanishListJudgedBeforeTheServiceWasGranted_NotTrusted()
    {
        var before = TrustedListAnchors.From([Spanish.Value], new DateTimeOffset(2023, 1, 30, 0, 0, 0, TimeSpan.Zero));
        var options = new JadesVerificationOptions { TrustAnchors = before.SealAnchors, AnchorNames = before.Names, TsaTrustAnchors = [EuropassSample.TsaRoot()], TimeProvider = Now };

        var result = JadesVerifier.Verify(EuropassSample.Text, options);

        before.SealAnchors.Count.Should().BeGreaterThan(0);
        result.Trust.Should().Be(JadesOutcome.Indeterminate, result.TrustMessage);
        result.Codes().Should().Contain(CheckCodes.TrustAnchorUnknown);
        result.TrustMessage.Should().NotContain("ES trusted list");
    }
}
