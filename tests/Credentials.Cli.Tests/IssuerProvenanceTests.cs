namespace Credentials.Cli.Tests;

/// <summary>The CLI says where the issuer's identity comes from, and never passes an unconfirmed issuer as endorsed.</summary>
public sealed class IssuerProvenanceTests
{
    [Fact]
    public void Verify_WithTheTrustedList_NamesTheListAsTheSourceOfTheIdentity()
    {
        var result = CliRunner.Run("verify", "samples/valid/northern-university-aijala.jwt", "--trust", "keys.example/trusted-issuers.json");

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("Northern University of Technology (fictional, TEST-ONLY key), 1234567-1, Finland (confirmed by the trusted list “Example trusted-issuer list (fictional issuers, TEST-ONLY keys)”)");
        result.Output.Should().MatchRegex(@"passed\s+issuer");
        result.Output.Should().Contain("Siiri Äijälä completed Foundations of Machine Learning, 5 ECTS, EQF 6, at Northern University of Technology (fictional, TEST-ONLY key), on 15 June 2026.");
    }

    [Theory]
    [InlineData("en", "note     issuer    The signing key belongs to the issuer id the credential names; who that issuer is, is not confirmed.", "(as the credential states (not confirmed))")]
    [InlineData("fi", "note     issuer    Allekirjoitusavain kuuluu todisteessa nimetylle myöntäjätunnukselle", "(todisteen oman ilmoituksen mukaan (ei vahvistettu))")]
    public void Verify_WithoutATrustedList_ShowsTheIssuerLineAsANeutralNote(string lang, string note, string asStated)
    {
        var result = CliRunner.Run("verify", "samples/valid/northern-university-aijala.jwt", "--lang", lang);

        result.Output.Should().Contain(note).And.Contain(asStated);
        result.Output.Should().NotMatchRegex(@"passed\s+issuer");
    }
}
