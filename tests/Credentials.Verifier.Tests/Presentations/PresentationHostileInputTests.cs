using Credentials.Proofs.Findings;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.Verifier.Presentations;
using Credentials.Verifier.Reports;
using static Credentials.Verifier.Tests.Presentations.PresentationFixture;
using static Credentials.Verifier.Tests.Presentations.PresentationRejectionTests;

namespace Credentials.Verifier.Tests.Presentations;

public sealed class PresentationHostileInputTests
{
    [Theory]
    [InlineData("", CheckCodes.FormatUnreadable)]
    [InlineData("   ", CheckCodes.FormatUnreadable)]
    [InlineData("hello world", CheckCodes.FormatUnreadable)]
    [InlineData("{\"type\": [\"VerifiablePresentation\"", CheckCodes.FormatUnreadable)]
    [InlineData("[1,2]", CheckCodes.FormatUnreadable)]
    [InlineData("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":\"VerifiableCredential\"}", CheckCodes.PresentationNotAPresentation)]
    [InlineData("{\"@context\":[\"https://example.org/ctx\"],\"type\":\"VerifiablePresentation\"}", CheckCodes.PresentationContextInvalid)]
    [InlineData("{\"type\":\"VerifiablePresentation\"}", CheckCodes.PresentationContextInvalid)]
    [InlineData("{\"type\":\"VerifiablePresentation\",\"type\":\"VerifiablePresentation\"}", CheckCodes.FormatDuplicateMember)]
    [InlineData("eyJhbGciOiJFZERTQSJ9.eyJ2cCI6e30.", CheckCodes.PresentationNotAPresentation)]
    [InlineData("eyJhbGciOiJFZERTQSJ9.e30.AAAA", CheckCodes.PresentationNotAPresentation)]
    [InlineData("eyJhbGciOiJFZERTQSJ9.%%%.AAAA", CheckCodes.FormatMalformedJws)]
    [InlineData("eyJhbGciOiJFZERTQSIsImFsZyI6Im5vbmUifQ.e30.AAAA", CheckCodes.FormatDuplicateMember)]
    public async Task VerifyAsync_MalformedInput_FailsFormatWithCode(string input, string code)
    {
        var report = await NewVerifier().VerifyAsync(input, Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.Checks.Should().ContainSingle().Which.Should().Match<CheckResult>(c => c.Check == PresentationCheckNames.Format && c.Code == code);
        report.Credentials.Should().BeEmpty();
    }

    [Fact]
    public async Task VerifyAsync_TruncatedPresentation_FailsFormat()
    {
        var text = (await SignDiAsync(Build(ElmJwt), Cryptosuites.EddsaJcs2022)).ToJsonString();
        var token = SignJwt(Build(ElmJwt));

        var json = await NewVerifier().VerifyAsync(text[..(text.Length / 2)], Expected());
        var jwt = await NewVerifier().VerifyAsync(token[..token.LastIndexOf('.')], Expected());

        Code(json, PresentationCheckNames.Format).Should().Be(CheckCodes.FormatUnreadable);
        jwt.Verdict.Should().Be(Verdict.NotVerified);
        jwt.Checks.Should().ContainSingle().Which.Code.Should().BeOneOf(CheckCodes.FormatUnreadable, CheckCodes.FormatMalformedJws);
    }

    [Fact]
    public async Task VerifyAsync_OversizedInput_FailsBeforeParsing()
    {
        var input = new byte[(2 * 1024 * 1024) + 1];
        input.AsSpan().Fill((byte)'{');

        var report = await NewVerifier().VerifyAsync(input, Expected());

        report.Checks.Should().ContainSingle().Which.Code.Should().Be(CheckCodes.FormatTooLarge);
    }

    [Fact]
    public async Task VerifyAsync_DeeplyNested_FailsFormatWithoutStackOverflow()
    {
        var input = "{\"type\":\"VerifiablePresentation\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var report = await NewVerifier().VerifyAsync(input, Expected());

        report.Checks.Should().ContainSingle().Which.Code.Should().Be(CheckCodes.FormatUnreadable);
    }

    [Fact]
    public async Task VerifyAsync_InvalidUtf8_FailsFormat()
    {
        var report = await NewVerifier().VerifyAsync(new byte[] { 0x7B, 0xC3, 0x28, 0x7D }, Expected());

        report.Checks.Should().ContainSingle().Which.Code.Should().Be(CheckCodes.FormatUnreadable);
    }

    [Fact]
    public async Task VerifyAsync_TooManyCredentials_FailsWithoutVerifyingAny()
    {
        var credentials = Enumerable.Repeat(ElmJwt, 4).ToArray();
        var signed = await SignDiAsync(Build(credentials), Cryptosuites.EddsaJcs2022);

        var report = await NewVerifier(new PresentationVerifierOptions { MaxCredentials = 3 }).VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.Checks.Should().ContainSingle(c => c.Code == CheckCodes.PresentationTooManyCredentials);
        report.Credentials.Should().BeEmpty();
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"not a token\"")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"EnvelopedVerifiableCredential\",\"id\":\"data:application/vc+sd-jwt,eyJ.eyJ.x\"}")]
    [InlineData("{\"type\":\"EnvelopedVerifiableCredential\",\"id\":\"data:application/vc+jwt,not-a-token\"}")]
    [InlineData("{\"type\":\"EnvelopedVerifiableCredential\"}")]
    public async Task VerifyAsync_MalformedCredentialEntry_FailsThatEntry(string entry)
    {
        var presentation = Build(ElmJwt);
        presentation["verifiableCredential"]!.AsArray().Add(JsonNode.Parse(entry));
        var signed = await SignDiAsync(presentation, Cryptosuites.EddsaJcs2022);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.Checks.Should().ContainSingle(c => c.Code == CheckCodes.PresentationCredentialMalformed).Which.Pointer.Should().Be("/verifiableCredential/1");
        report.Credentials.Should().ContainSingle().Which.Report.Verdict.Should().Be(Verdict.Verified);
    }

    [Fact]
    public async Task VerifyAsync_DuplicateMemberInsideEmbeddedCredential_FailsFormat()
    {
        var text = (await SignDiAsync(Build(ElmJwt), Cryptosuites.EddsaJcs2022)).ToJsonString();
        var duplicated = text.Replace("\"holder\":", "\"holder\":\"did:example:mallory\",\"holder\":", StringComparison.Ordinal);

        var report = await NewVerifier().VerifyAsync(Encoding.UTF8.GetBytes(duplicated), Expected());

        report.Checks.Should().ContainSingle().Which.Code.Should().Be(CheckCodes.FormatDuplicateMember);
    }

    [Fact]
    public async Task VerifyAsync_HolderMissing_FailsHolder()
    {
        var presentation = Build(ElmJwt);
        presentation.Remove("holder");
        var signed = await SignDiAsync(presentation, Cryptosuites.EddsaJcs2022);

        var report = await NewVerifier().VerifyAsync(signed.ToJsonString(), Expected());

        report.Verdict.Should().Be(Verdict.NotVerified);
        Code(report, PresentationCheckNames.Holder).Should().Be(CheckCodes.PresentationHolderMissing);
    }

    [Fact]
    public void LooksLikePresentation_TellsPresentationsFromCredentials()
    {
        var vp = Encoding.UTF8.GetBytes(Build(ElmJwt).ToJsonString());
        var vpJwt = Encoding.UTF8.GetBytes(SignJwt(Build(ElmJwt)));

        PresentationVerifier.LooksLikePresentation(vp).Should().BeTrue();
        PresentationVerifier.LooksLikePresentation(vpJwt).Should().BeTrue();
        PresentationVerifier.LooksLikePresentation(Encoding.UTF8.GetBytes(ElmJwt)).Should().BeFalse();
        PresentationVerifier.LooksLikePresentation(Encoding.UTF8.GetBytes(ElmDocument().ToJsonString())).Should().BeFalse();
        PresentationVerifier.LooksLikePresentation("{not json"u8).Should().BeFalse();
    }
}
