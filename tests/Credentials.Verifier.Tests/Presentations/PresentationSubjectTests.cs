using Credentials.Proofs.Findings;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Presentations;
using Credentials.TestKit;
using Credentials.Verifier.Presentations;
using Credentials.Verifier.Reports;
using static Credentials.Verifier.Tests.Presentations.PresentationFixture;

namespace Credentials.Verifier.Tests.Presentations;

/// <summary>The subject check: a credential whose subject is a DID must be presented by that DID.</summary>
public sealed class PresentationSubjectTests
{
    [Fact]
    public async Task VerifyAsync_LearnerPresentsOwnCredential_PassesSubject()
    {
        var signed = await SignDiAsync(Build(ElmJwt), Cryptosuites.EddsaJcs2022);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.Verified, PresentationVerifierTests.Describe(report));
        report.Checks.Should().ContainSingle(c => c.Check == PresentationCheckNames.Subject).Which.Code.Should().Be(CheckCodes.PresentationHolderIsSubject);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task VerifyAsync_SomeoneElsePresentsTheLearnersCredential_FailsSubject(bool asJwt)
    {
        // The stranger signs correctly with a key of their own DID: the presentation and the credential are both
        // authentic, but the credential was issued to the learner, not to the one presenting it.
        var presentation = PresentationBuilder.Build([ElmJwt], Stranger.DidKey, PresentationBuilder.VersionFor([ElmJwt]), "urn:uuid:0a1b2c3d-0000-4000-8000-000000000003");
        var input = asJwt
            ? SignJwt(presentation, key: Stranger)
            : (await SignDiAsync(presentation, Cryptosuites.EddsaJcs2022, key: Stranger)).ToJsonString();

        var report = await NewVerifier().VerifyAsync(input, Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.Checks.Should().Contain(c => c.Code == CheckCodes.PresentationHolderValid, "the stranger controls the signing key");
        report.Checks.Should().Contain(c => c.Code == CheckCodes.PresentationCredentialsVerified, "the credential itself is authentic");
        var subject = report.Checks.Should().ContainSingle(c => c.Check == PresentationCheckNames.Subject).Which;
        subject.Outcome.Should().Be(CheckOutcome.Failed);
        subject.Code.Should().Be(CheckCodes.PresentationHolderNotSubject);
        subject.Pointer.Should().Be(asJwt ? "/vp/verifiableCredential/0" : "/verifiableCredential/0");
    }

    [Fact]
    public async Task VerifyAsync_CredentialWithoutDidSubject_ReportsUnboundWithoutFailing()
    {
        var document = Vcdm2Document();
        document["credentialSubject"]!["id"] = "urn:uuid:7d3c1f0e-6a55-4f0b-9a1e-2b3c4d5e6f70";
        var credential = (await DataIntegrityProofs.SignAsync(document, TestKeys.Northern.Key, TestKeys.Northern.KeyId, new DataIntegrityOptions { Cryptosuite = Cryptosuites.EddsaJcs2022, Created = TestKit.Samples.IssuedAt })).ToJsonString();
        var signed = await SignDiAsync(Build(credential), Cryptosuites.EddsaJcs2022);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.Verified, PresentationVerifierTests.Describe(report));
        var subject = report.Checks.Should().ContainSingle(c => c.Check == PresentationCheckNames.Subject).Which;
        subject.Outcome.Should().Be(CheckOutcome.Skipped);
        subject.Code.Should().Be(CheckCodes.PresentationSubjectUnbound);
        subject.Pointer.Should().Be("/verifiableCredential/0");
    }

    [Fact]
    public async Task VerifyAsync_UnsignedPresentation_SkipsSubject()
    {
        var report = await NewVerifier().VerifyAsync(Build(ElmJwt).ToJsonString(), Expected());

        var subject = report.Checks.Should().ContainSingle(c => c.Check == PresentationCheckNames.Subject).Which;
        subject.Outcome.Should().Be(CheckOutcome.Skipped, "an unproven holder cannot be compared with anyone");
    }
}
