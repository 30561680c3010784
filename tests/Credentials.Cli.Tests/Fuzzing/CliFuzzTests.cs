using Credentials.TestKit.Fuzzing;
using FsCheck;
using FsCheck.Fluent;

namespace Credentials.Cli.Tests.Fuzzing;

/// <summary>
/// "No crash, ever" (issue 13 item 2) for <c>credentials verify</c>: the verifier fuzz generator's inputs, written to a
/// file and verified by the real program (human and <c>--json</c> output), always end with a documented exit code
/// (0–3: never 4, an internal error, nor 134, an abort), print no stack trace, and let no control or bidi character of
/// the input reach the terminal raw. The program runs in its own process, so this takes
/// <see cref="MutationGen.CasesPerSeed"/>/200 cases per seed (1 by default).
/// </summary>
public sealed class CliFuzzTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cred-cli-fuzz-").FullName;

    public static TheoryData<string> Seeds => new(FuzzCorpus.All.Select(s => s.Name));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Verify_MutationsOfSeed_ExitWithADocumentedCodeAndNoStackTrace(string name)
    {
        var seed = FuzzCorpus.Named(name);
        var cases = from mutation in MutationGen.Any()
                    from json in Gen.Elements(true, false)
                    select (Input: mutation.Apply(seed), Json: json);

        var property = Prop.ForAll(cases.ToArbitrary(), c => Holds(c.Input, c.Json));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Math.Max(1, MutationGen.CasesPerSeed / 200)).WithQuietOnSuccess(true), property);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"2030-01-01T00:00:00Z\"")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void Verify_SignedTokenWithExpOfAnotherType_ExitsNotVerifiedWithoutStackTrace(string exp)
    {
        var token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt")).Trim();
        var payload = TestKit.TestCredentials.Payload(token);
        payload["exp"] = "zzEXPzz";
        var json = payload.ToJsonString(Proofs.VcJwt.VcJwtSigner.PayloadJson).Replace("\"zzEXPzz\"", exp, StringComparison.Ordinal);
        var header = "{\"alg\":\"EdDSA\",\"kid\":\"" + TestKit.TestKeys.Northern.KeyId + "\",\"typ\":\"JWT\"}";
        var file = Path.Combine(_dir, "exp.jwt");
        File.WriteAllText(file, TestKit.TestCredentials.RawJws(header, json, TestKit.TestKeys.Northern.Key));

        var result = CliRunner.Run("verify", file);

        result.ExitCode.Should().Be(1, result.Error);
        result.Output.Should().StartWith("NOT VERIFIED").And.Contain("validity.malformed-date");
        result.Error.Should().NotContain("   at ");
    }

    private bool Holds(MutatedInput input, bool json)
    {
        var file = Path.Combine(_dir, "input");
        File.WriteAllBytes(file, input.Bytes);
        string[] args = ["verify", file, "--challenge", FuzzCorpus.Challenge, .. json ? new[] { "--json" } : []];

        var result = CliRunner.Run(args);

        result.ExitCode.Should().BeInRange(0, 3, $"{input}: {result.Error}");
        (result.Output + result.Error).Should().NotContain("   at ", input.Description).And.NotContain("Exception", input.Description);
        OutputSafetyTests.AssertNoRawControl(result.Output + result.Error);
        return true;
    }
}
