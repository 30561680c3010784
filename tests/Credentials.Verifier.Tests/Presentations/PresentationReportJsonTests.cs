using Credentials.Proofs.Findings;
using Credentials.Proofs.DataIntegrity;
using Credentials.Verifier.Reports;
using static Credentials.Verifier.Tests.Presentations.PresentationFixture;

namespace Credentials.Verifier.Tests.Presentations;

public sealed class PresentationReportJsonTests
{
    [Fact]
    public async Task Write_VerifiedPresentation_HasVcApiShapeAndEachCredentialReport()
    {
        var signed = await SignDiAsync(Build(ElmJwt), Cryptosuites.EddsaJcs2022);
        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        var json = PresentationReportJson.Write(report);

        json["verified"]!.GetValue<bool>().Should().BeTrue();
        json["verdict"]!.GetValue<string>().Should().Be("verified");
        json["checks"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("format", "proof", "holder", "challenge", "domain", "credentials", "subject");
        json["errors"]!.AsArray().Should().BeEmpty();
        json["holder"]!.GetValue<string>().Should().Be(HolderDid);
        json["envelope"]!.GetValue<string>().Should().Be("data-integrity");
        var credential = json["credentials"]![0]!;
        credential["pointer"]!.GetValue<string>().Should().Be("/verifiableCredential/0");
        credential["form"]!.GetValue<string>().Should().Be("jwt");
        credential["verified"]!.GetValue<bool>().Should().BeTrue();
        credential["results"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Write_WrongChallenge_ListsTheErrorWithCodeAndPointer()
    {
        var token = SignJwt(Build(ElmJwt));
        var report = await NewVerifier().VerifyAsync(token, Expected(challenge: "other"));

        var json = PresentationReportJson.Write(report);

        json["verified"]!.GetValue<bool>().Should().BeFalse();
        var error = json["errors"]!.AsArray().Single()!;
        error["check"]!.GetValue<string>().Should().Be("challenge");
        error["code"]!.GetValue<string>().Should().Be(CheckCodes.PresentationChallengeMismatch);
        error["pointer"]!.GetValue<string>().Should().Be("/nonce");
    }
}
