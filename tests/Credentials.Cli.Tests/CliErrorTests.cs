namespace Credentials.Cli.Tests;

/// <summary>
/// Every mistake a user can make on the command line ends in one sentence on standard error and a documented exit
/// code, never a stack trace (no line of the form "   at Namespace.Type.Method").
/// </summary>
public sealed class CliErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cred-cli-errors-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Verify_EmptyStatusListPath_SaysSoInOneSentence()
    {
        var result = CliRunner.Run("verify", "samples/valid/northern-university-aijala.jwt", "--status-list", "");

        result.ExitCode.Should().Be(3);
        AssertOneSentence(result.Error, "cannot read the status list ''");
    }

    [Theory]
    [InlineData("bad host!")]
    [InlineData("")]
    public void Verify_RevocationHostsNotHostNames_SaysSoInOneSentence(string hosts)
    {
        var result = CliRunner.Run("verify", "samples/valid/northern-university-aijala.jwt", "--revocation-hosts", hosts);

        result.ExitCode.Should().Be(3);
        AssertOneSentence(result.Error, $"--revocation-hosts '{hosts}' must be host names or IP addresses separated by commas");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("86401")]
    public void Verify_ClockSkewOutOfRange_SaysSoInOneSentence(string seconds)
    {
        var result = CliRunner.Run("verify", "samples/valid/northern-university-aijala.jwt", "--clock-skew", seconds);

        result.ExitCode.Should().Be(3);
        AssertOneSentence(result.Error, "--clock-skew " + seconds + " is outside 0 to 86400 seconds");
    }

    [Fact]
    public void Verify_ClockSkewZero_JudgesExpiryToTheSecond()
    {
        var exact = CliRunner.Run("verify", "samples/invalid/validity-expired.jwt", "--trust", "keys.example/trusted-issuers.json", "--clock-skew", "0", "--now", "2020-01-15T09:00:00Z");
        var before = CliRunner.Run("verify", "samples/invalid/validity-expired.jwt", "--trust", "keys.example/trusted-issuers.json", "--clock-skew", "0", "--now", "2020-01-15T08:59:59Z");

        exact.ExitCode.Should().Be(1, "an expiry equal to now has passed");
        before.ExitCode.Should().Be(0, exact.Output);
    }

    [Theory]
    [InlineData("--status-list", "no-such-status-list.jwt", "cannot read the status list 'no-such-status-list.jwt'")]
    [InlineData("--did-document", "", "cannot read the DID document ''")]
    [InlineData("--trust", "", "cannot use the trusted-issuers file ''")]
    [InlineData("--seal-anchors", "samples/valid/northern-university-aijala.jwt", "cannot use the seal anchors")]
    [InlineData("--tsa-anchors", "samples/valid/northern-university-aijala.jwt", "cannot use the TSA anchors")]
    [InlineData("--trusted-list", "tests/TestData/trusted-lists/LU.xml", "--trusted-list needs --trusted-list-signers")]
    public void Verify_UnusableSideFile_SaysWhichInOneSentence(string option, string value, string expected)
    {
        var result = CliRunner.Run("verify", "samples/valid/northern-university-aijala.jwt", option, value);

        result.ExitCode.Should().Be(3);
        AssertOneSentence(result.Error, expected);
    }

    [Fact]
    public void Keygen_DidWebHostWithNonNumericPort_RefusesBeforeWritingAnything()
    {
        var keyDir = Path.Combine(_dir, "key");

        var result = CliRunner.Run("keygen", "--did-web", "credentials.uni.example:ed", "--out", keyDir);

        result.ExitCode.Should().Be(3);
        AssertOneSentence(result.Error, "--did-web: 'credentials.uni.example:ed' has a port that is not a number");
        Directory.Exists(keyDir).Should().BeFalse("a refused host must not leave a key folder behind");
    }

    [Theory]
    [InlineData("https://")]
    [InlineData("uni example")]
    [InlineData("192.0.2.1")]
    [InlineData("uni.example//issuer")]
    public void Keygen_NotADomainName_RefusesInOneSentence(string host)
    {
        var result = CliRunner.Run("keygen", "--did-web", host, "--out", Path.Combine(_dir, "key"));

        result.ExitCode.Should().Be(3);
        AssertOneSentence(result.Error, "--did-web:");
    }

    [Fact]
    public void Keygen_BadSealSubject_RefusesBeforeWritingAnything()
    {
        var keyDir = Path.Combine(_dir, "key");

        var result = CliRunner.Run("keygen", "--seal", "Only an organisation", "--out", keyDir);

        result.ExitCode.Should().Be(3);
        AssertOneSentence(result.Error, "--seal takes");
        Directory.Exists(keyDir).Should().BeFalse();
    }

    [Theory]
    [InlineData("di-rdfc")]
    [InlineData("di-jcs")]
    public void Issue_DataIntegrityWithP256Key_SaysWhichKeyTypesTheFormatTakes(string format)
    {
        var result = CliRunner.Run("issue", "--input", "samples/valid/vastra-hogskolan-oberg.input.json", "--key", "keys.example/vastra-hogskolan",
            "--format", format, "--out", Path.Combine(_dir, "out.json"));

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("cannot be signed with a P-256 key").And.Contain("Ed25519 keys only").And.Contain("[issue.key-type-unsupported]");
        result.Error.Should().NotContainAny("   at ", "Exception");
        File.Exists(Path.Combine(_dir, "out.json")).Should().BeFalse();
    }

    [Theory]
    [InlineData("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", "keys.example/northern-university", "--out", "")]
    [InlineData("keygen", "--out", "")]
    [InlineData("issue", "--input", "", "--key", "keys.example/northern-university", "--out", "x.jwt")]
    [InlineData("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", "", "--out", "x.jwt")]
    [InlineData("inspect", "")]
    public void AnyCommand_EmptyPath_FailsInOneSentence(params string[] args)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(3, result.Error);
        AssertOneSentence(result.Error, "credentials: ");
    }

    private static void AssertOneSentence(string error, string expected)
    {
        error.Should().Contain(expected);
        error.Should().NotContain("   at ", "no stack trace").And.NotContain("Unhandled exception");
        error.TrimEnd().Split('\n').Should().ContainSingle("one sentence: {0}", error);
    }
}
