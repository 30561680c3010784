using Credentials.TestKit;

namespace Credentials.Cli.Tests;

/// <summary>
/// Terminal injection (issue 13 item 4): a forged credential whose learner name and title carry ANSI escapes, CR/LF
/// and bidi overrides must not reach the terminal raw, so it can neither clear the screen nor paint "VERIFIED" over
/// the real verdict.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string Hostile = "Siiri\r\u001b[2J\u001b[1;1H\u001b[32mVERIFIED\u001b[0m\n\u202eilaj\u00e4ij\u00c4\u2066\u200f\u009b2J";

    private readonly string _dir = Directory.CreateTempSubdirectory("cred-cli-safety-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Verify_ForgedLearnerNameWithTerminalEscapes_PrintsThemEscapedUnderTheRealVerdict()
    {
        var file = Forged();

        var result = CliRunner.Run("verify", file, "--trust", TestKeys.TrustedIssuersPath);

        result.ExitCode.Should().Be(1, result.Output);
        result.Output.Split('\n')[0].Should().Be("NOT VERIFIED");
        AssertNoRawControl(result.Output);
        result.Output.Should().Contain("Siiri\\u000D\\u001B[2J\\u001B[1;1H\\u001B[32mVERIFIED\\u001B[0m\\u000A\\u202Eilaj", "the name is shown, escaped");
    }

    [Fact]
    public void Verify_GenuineCredentialWithHostileLearnerName_PrintsTheVerdictSentenceEscaped()
    {
        var model = TestKit.Samples.Northern with { Learner = TestKit.Samples.Northern.Learner with { GivenName = Hostile } };
        var path = Path.Combine(_dir, "genuine.jwt");
        File.WriteAllText(path, TestCredentials.Jwt(TestCredentials.Elm(model, TestKeys.Northern), TestKeys.Northern));

        var result = CliRunner.Run("verify", path, "--trust", TestKeys.TrustedIssuersPath);

        AssertNoRawControl(result.Output);
        result.Output.Split('\n')[1].Should().Contain("Siiri\\u000D\\u001B[2J", "the verdict sentence names the learner, escaped");
    }

    [Theory]
    [InlineData("verify", "--json")]
    [InlineData("inspect", null)]
    public void JsonOutput_ForgedLearnerName_HasNoRawControlOrBidiCharacter(string command, string? option)
    {
        var file = Forged();

        var result = option is null ? CliRunner.Run(command, file) : CliRunner.Run(command, file, option);

        result.Output.Should().Contain("Siiri", "the learner is in the output");
        AssertNoRawControl(result.Output);
    }

    // Invalid UTF-8 bytes are shown as U+FFFD by inspect; an escaped lone surrogate cannot be shown at all.
    [Fact]
    public void Inspect_LoneSurrogate_SaysSoInOneSentence()
    {
        var inside = "\\ud800"u8.ToArray();
        var path = Path.Combine(_dir, "broken.json");
        File.WriteAllBytes(path, [.. "{\"name\": \"Si"u8.ToArray(), .. inside, .. "ri\"}"u8.ToArray()]);

        var result = CliRunner.Run("inspect", path);

        result.ExitCode.Should().Be(3, result.Error);
        result.Error.Trim().Should().Be("credentials: the input holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate).");
    }

    internal static void AssertNoRawControl(string output)
    {
        var raw = output.Where(c => (char.IsControl(c) && c != '\n') || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')).Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        raw.Should().BeEmpty("credential text reaches the terminal only escaped");
    }

    // Signed with Västra högskolan's key for a Northern University credential: a forgery the verifier rejects.
    private string Forged()
    {
        var model = TestKit.Samples.Northern with
        {
            Learner = TestKit.Samples.Northern.Learner with { GivenName = Hostile },
        };
        var path = Path.Combine(_dir, "forged.jwt");
        File.WriteAllText(path, TestCredentials.Jwt(TestCredentials.Elm(model, TestKeys.Northern), TestKeys.Vastra));
        return path;
    }
}
