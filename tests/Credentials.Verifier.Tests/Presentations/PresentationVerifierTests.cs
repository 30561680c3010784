using Credentials.Proofs.Findings;
using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.TestKit;
using Credentials.Verifier.Presentations;
using Credentials.Verifier.Reports;
using static Credentials.Verifier.Tests.Presentations.PresentationFixture;

namespace Credentials.Verifier.Tests.Presentations;

public sealed class PresentationVerifierTests
{
    [Theory]
    [InlineData(Cryptosuites.EddsaRdfc2022)]
    [InlineData(Cryptosuites.EddsaJcs2022)]
    public async Task VerifyAsync_DataModel11DiPresentationOfDiCredential_IsVerified(string suite)
    {
        var signed = await SignDiAsync(Build(await ElmDiAsync(suite)), suite);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.Verified, Describe(report));
        report.Envelope.Should().Be("data-integrity");
        report.HolderId.Should().Be(HolderDid);
        report.Credentials.Should().ContainSingle().Which.Should().Match<EmbeddedCredentialReport>(c => c.Form == "object" && c.Pointer == "/verifiableCredential/0" && c.Report.Verdict == Verdict.Verified);
        report.Checks.Select(c => c.Code).Should().Equal(
            CheckCodes.PresentationOk, CheckCodes.ProofValid, CheckCodes.PresentationHolderValid, CheckCodes.PresentationChallengeValid, CheckCodes.PresentationDomainValid, CheckCodes.PresentationCredentialsVerified, CheckCodes.PresentationHolderIsSubject);
    }

    [Fact]
    public async Task VerifyAsync_JcsPresentationWithVcJwtString_IsVerified()
    {
        var signed = await SignDiAsync(Build(ElmJwt), Cryptosuites.EddsaJcs2022);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.Verified, Describe(report));
        report.Credentials.Single().Form.Should().Be("jwt");
    }

    [Theory]
    [InlineData(Cryptosuites.EddsaRdfc2022)]
    [InlineData(Cryptosuites.EddsaJcs2022)]
    public async Task VerifyAsync_DataModel20DiPresentationWithEnvelopedAndDiCredentials_IsVerified(string suite)
    {
        var presentation = Build(await Vcdm2DiAsync(suite), Vcdm2Jose());
        var signed = await SignDiAsync(presentation, suite);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.Verified, Describe(report));
        signed["@context"]![0]!.GetValue<string>().Should().Be("https://www.w3.org/ns/credentials/v2");
        report.Credentials.Select(c => c.Form).Should().Equal("object", "enveloped");
    }

    [Fact]
    public async Task VerifyAsync_VpJwtWithJwtAndDiCredentials_IsVerified()
    {
        var token = SignJwt(Build(ElmJwt, await ElmDiAsync()));

        var report = await NewVerifier().VerifyAsync(token, Expected());

        report.Verdict.Should().Be(Verdict.Verified, Describe(report));
        report.Envelope.Should().Be("vp-jwt");
        report.Credentials.Select(c => c.Pointer).Should().Equal("/vp/verifiableCredential/0", "/vp/verifiableCredential/1");
        report.Checks.Should().Contain(c => c.Check == PresentationCheckNames.Validity && c.Code == CheckCodes.PresentationValidityOk);
    }

    [Fact]
    public async Task VerifyAsync_PresentationWithoutCredentials_IsVerifiedAsHolderAuthenticationOnly()
    {
        var signed = await SignDiAsync(Build());

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.Verified, Describe(report));
        report.Checks.Select(c => c.Code).TakeLast(2).Should().Equal(CheckCodes.PresentationNoCredentials, CheckCodes.PresentationNoCredentials);
    }

    [Fact]
    public async Task VerifyAsync_NoDomainExpected_PassesWithDomainNotRequested()
    {
        var signed = await SignDiAsync(Build(ElmJwt), Cryptosuites.EddsaJcs2022, domain: null);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected(domain: null));

        report.Verdict.Should().Be(Verdict.Verified, Describe(report));
        report.Checks.Single(c => c.Check == PresentationCheckNames.Domain).Should().Match<CheckResult>(c => c.Outcome == CheckOutcome.Skipped && c.Code == CheckCodes.PresentationDomainNotRequested);
    }

    [Fact]
    public async Task VerifyAsync_EmbeddedCredentialFromUnknownDidWeb_IsIndeterminateOverall()
    {
        var unknownIssuer = ElmDocument();
        unknownIssuer["issuer"]!["id"] = "did:web:unknown.example";
        var token = TestCredentials.RawJws("{\"alg\":\"EdDSA\",\"kid\":\"did:web:unknown.example#key-1\"}", new JsonObject { ["iss"] = "did:web:unknown.example", ["vc"] = unknownIssuer }.ToJsonString(), TestKeys.Northern.Key);
        var signed = await SignDiAsync(Build(ElmJwt, token), Cryptosuites.EddsaJcs2022);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.Indeterminate, Describe(report));
        report.Checks.Should().ContainSingle(c => c.Code == CheckCodes.PresentationCredentialIndeterminate).Which.Pointer.Should().Be("/verifiableCredential/1");
    }

    [Fact]
    public async Task SignDataIntegrityAsync_RdfcOverVcJwtStringInDataModel11_ThrowsClearly()
    {
        var act = () => SignDiAsync(Build(ElmJwt), Cryptosuites.EddsaRdfc2022);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("eddsa-jcs-2022");
    }

    internal static string Describe(PresentationReport report) =>
        string.Join("\n", report.Checks.Select(c => $"{c.Outcome} {c.Code} {c.Message} {c.Pointer}")
            .Concat(report.Credentials.SelectMany(r => r.Report.Problems.Select(c => $"  {r.Pointer}: {c.Outcome} {c.Code} {c.Message}"))));
}
