using Credentials.TestKit;

namespace Credentials.Cli.Tests;

/// <summary><c>credentials issue --format sd-jwt-vc</c>: an SD-JWT VC bound to a wallet's key file, which <c>verify</c> accepts.</summary>
public sealed class SdJwtIssueCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cli-sd-jwt-").FullName;

    [Fact]
    public void Issue_SdJwtVcForAHolderKey_VerifiesWithDemoTrust()
    {
        var holder = Path.Combine(_dir, "holder.jwk.json");
        File.WriteAllText(holder, TestKeys.Learner.PublicJwk.ToJson().ToJsonString());
        var output = Path.Combine(_dir, "wallet.sd-jwt");

        var issued = CliRunner.Run("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", "keys.example/northern-university", "--format", "sd-jwt-vc", "--holder-key", holder, "--service-url", "https://credentials.uni.example", "--out", output);
        var verified = CliRunner.Run("verify", output, "--trust", "keys.example/trusted-issuers.json", "--json");

        issued.ExitCode.Should().Be(0, issued.Error);
        var compact = File.ReadAllText(output).Trim();
        TestCredentials.Header(compact.Split('~')[0])["typ"]!.GetValue<string>().Should().Be("dc+sd-jwt");
        TestCredentials.Payload(compact.Split('~')[0])["vct"]!.GetValue<string>().Should().Be("https://credentials.uni.example/credentials/types/micro-credential");
        verified.ExitCode.Should().Be(0, verified.Output);
        verified.Output.Should().Contain("\"envelope\": \"dc+sd-jwt\"").And.Contain("\"withheld\": 2");
    }

    [Theory]
    [InlineData("en", "Course:", "Foundations of Machine Learning", "What the holder disclosed:", "2 claims withheld")]
    [InlineData("fi", "Opintokokonaisuus:", "Koneoppimisen perusteet", "Mitä haltija paljasti:", "2 tietoa jätetty paljastamatta")]
    public void Verify_SdJwtVc_ShowsItsVisibleAndDisclosedClaimsNotAnEmptyCertificate(string language, string course, string title, string disclosed, string withheld)
    {
        var holder = Path.Combine(_dir, "holder.jwk.json");
        File.WriteAllText(holder, TestKeys.Learner.PublicJwk.ToJson().ToJsonString());
        var output = Path.Combine(_dir, "wallet.sd-jwt");
        CliRunner.Run("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", "keys.example/northern-university", "--format", "sd-jwt-vc", "--holder-key", holder, "--service-url", "https://credentials.uni.example", "--out", output)
            .ExitCode.Should().Be(0);

        var verified = CliRunner.Run("verify", output, "--trust", "keys.example/trusted-issuers.json", "--lang", language);

        verified.ExitCode.Should().Be(0, verified.Output);
        verified.Output.Should().Contain(course).And.Contain(title).And.Contain(disclosed).And.Contain("Äijälä").And.Contain(withheld);
        verified.Output.Should().NotContain("not stated").And.NotContain("ei ilmoitettu");
    }

    [Fact]
    public void Issue_SdJwtVcWithAPrivateHolderKey_IsRefusedInOneSentence()
    {
        var holder = Path.Combine(_dir, "holder.jwk.json");
        File.WriteAllText(holder, TestKeys.Learner.PrivateJwk.ToJson().ToJsonString());

        var issued = CliRunner.Run("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", "keys.example/northern-university", "--format", "sd-jwt-vc", "--holder-key", holder, "--service-url", "https://credentials.uni.example", "--out", Path.Combine(_dir, "x"));

        issued.ExitCode.Should().NotBe(0);
        issued.Error.Should().Contain("without its private part").And.NotContain("   at ");
    }

    [Fact]
    public void Issue_SdJwtVcWithoutHolderKey_SaysWhatIsMissing()
    {
        var issued = CliRunner.Run("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", "keys.example/northern-university", "--format", "sd-jwt-vc", "--service-url", "https://credentials.uni.example", "--out", Path.Combine(_dir, "x"));

        issued.ExitCode.Should().NotBe(0);
        issued.Error.Should().Contain("--holder-key");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
