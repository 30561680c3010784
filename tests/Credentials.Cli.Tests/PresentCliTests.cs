using System.Text.Json;
using Credentials.Proofs.Keys;
using Credentials.TestKit;

namespace Credentials.Cli.Tests;

public sealed class PresentCliTests : IDisposable
{
    private const string Trust = "keys.example/trusted-issuers.json";
    private const string Sample = "samples/valid/northern-university-aijala.jwt";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cred-present-" + Guid.NewGuid().ToString("N"));

    public PresentCliTests()
    {
        Directory.CreateDirectory(_dir);
    }

    [Theory]
    [InlineData("jwt")]
    [InlineData("di-jcs")]
    public void PresentVerify_SampleCredential_VerifiesOnlyWithTheRightChallengeAndDomain(string format)
    {
        var holder = Keygen();
        var output = Path.Combine(_dir, "vp-" + format);

        var presented = CliRunner.Run("present", "--key", holder, "--credential", Sample, "--challenge", "n-0S6_WzA2Mj", "--domain", "https://employer.example", "--format", format, "--out", output);
        var verified = CliRunner.Run("verify", output, "--challenge", "n-0S6_WzA2Mj", "--domain", "https://employer.example", "--trust", Trust);
        var replayed = CliRunner.Run("verify", output, "--challenge", "another", "--domain", "https://employer.example", "--trust", Trust);
        var otherSite = CliRunner.Run("verify", output, "--challenge", "n-0S6_WzA2Mj", "--domain", "https://other.example", "--trust", Trust);
        var noChallenge = CliRunner.Run("verify", output, "--trust", Trust);

        presented.ExitCode.Should().Be(0, presented.Error);
        verified.ExitCode.Should().Be(0, verified.Output);
        verified.Output.Should().StartWith("VERIFIED (presentation by did:key:").And.Contain("Credential at ").And.Contain("presentation.challenge-valid");
        replayed.ExitCode.Should().Be(1, replayed.Output);
        replayed.Output.Should().Contain("presentation.challenge-mismatch");
        otherSite.ExitCode.Should().Be(1, otherSite.Output);
        otherSite.Output.Should().Contain("presentation.domain-mismatch");
        noChallenge.ExitCode.Should().Be(3, noChallenge.Output);
        noChallenge.Error.Should().Contain("--challenge");
    }

    [Fact]
    public void PresentVerifyJson_DataIntegrityCredentialWithRdfc_PrintsWholeReport()
    {
        var holder = Keygen();
        var credential = Path.Combine(_dir, "credential.json");
        var output = Path.Combine(_dir, "vp.json");

        var issued = CliRunner.Run("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", "keys.example/northern-university", "--format", "di-rdfc", "--out", credential);
        var presented = CliRunner.Run("present", "--key", holder, "--credential", credential, "--challenge", "abc123", "--format", "di-rdfc", "--out", output);
        var verified = CliRunner.Run("verify", output, "--challenge", "abc123", "--trust", Trust, "--json");

        issued.ExitCode.Should().Be(0, issued.Error);
        presented.ExitCode.Should().Be(0, presented.Error);
        verified.ExitCode.Should().Be(0, verified.Output);
        var report = JsonDocument.Parse(verified.Output).RootElement;
        report.GetProperty("verified").GetBoolean().Should().BeTrue();
        report.GetProperty("envelope").GetString().Should().Be("data-integrity");
        report.GetProperty("credentials")[0].GetProperty("verified").GetBoolean().Should().BeTrue();
        report.GetProperty("credentials")[0].GetProperty("pointer").GetString().Should().Be("/verifiableCredential/0");
        report.GetProperty("credentials")[0].GetProperty("credential").GetProperty("id").GetString().Should().StartWith("urn:uuid:");
    }

    [Fact]
    public void PresentVerify_SomeoneElsesKey_ExitsOneWithHolderNotSubject()
    {
        // A fresh key from keygen is not the learner the sample was issued to.
        var stranger = Path.Combine(_dir, "stranger");
        CliRunner.Run("keygen", "--type", "ed25519", "--out", stranger).ExitCode.Should().Be(0);
        var output = Path.Combine(_dir, "vp-stranger");
        CliRunner.Run("present", "--key", stranger, "--credential", Sample, "--challenge", "abc", "--format", "di-jcs", "--out", output).ExitCode.Should().Be(0);

        var result = CliRunner.Run("verify", output, "--challenge", "abc", "--trust", Trust);

        result.ExitCode.Should().Be(1, result.Output);
        result.Output.Should().StartWith("NOT VERIFIED").And.Contain("presentation.holder-not-subject").And.Contain("presentation.credentials-verified");
    }

    [Fact]
    public void PresentVerify_TamperedPresentation_ExitsOne()
    {
        var holder = Keygen();
        var output = Path.Combine(_dir, "vp.json");
        CliRunner.Run("present", "--key", holder, "--credential", Sample, "--challenge", "abc", "--format", "di-jcs", "--out", output).ExitCode.Should().Be(0);
        var tampered = File.ReadAllText(output).Replace("\"id\":\"urn:uuid:", "\"id\":\"urn:uuid:0", StringComparison.Ordinal);

        var result = CliRunner.RunWithInput(tampered, "verify", "-", "--challenge", "abc", "--trust", Trust);

        tampered.Should().Contain("\"id\":\"urn:uuid:0");
        result.ExitCode.Should().Be(1, result.Output);
        result.Output.Should().Contain("proof.signature-invalid");
    }

    [Theory]
    [InlineData("di-rdfc", "samples/valid/northern-university-aijala.jwt")]
    [InlineData("jwt", "README.md")]
    [InlineData("jwt", "no/such/file.jwt")]
    public void Present_UnusableInput_ExitsThreeWithoutStackTrace(string format, string credential)
    {
        var holder = Keygen();

        var result = CliRunner.Run("present", "--key", holder, "--credential", credential, "--challenge", "abc", "--format", format, "--out", Path.Combine(_dir, "vp"));

        result.ExitCode.Should().Be(3, result.Output);
        result.Error.Should().NotBeNullOrWhiteSpace();
        result.Error.Should().NotContain("   at ").And.NotContain("Exception");
        File.Exists(Path.Combine(_dir, "vp")).Should().BeFalse();
    }

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
    }

    // The sample learner's TEST-ONLY key as a key folder: the sample credential was issued to its did:key.
    private string Keygen()
    {
        var dir = Path.Combine(_dir, "holder");
        if (!Directory.Exists(dir))
        {
            KeyDirectory.Write(dir, KeyDirectory.Identify(TestKeys.Learner, null));
        }

        return dir;
    }
}
