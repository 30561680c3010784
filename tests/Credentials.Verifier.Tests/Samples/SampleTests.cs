using Credentials.Proofs.Findings;
using Credentials.TestKit;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Samples;

public sealed class SampleTests
{
    public static TheoryData<string> ValidSamples => new(TestKit.Samples.SignedValid.Select(Path.GetFileName)!);

    public static TheoryData<string> InvalidSamples => new(TestKit.Samples.Invalid.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public async Task VerifyAsync_ValidSample_IsVerifiedWithEveryCheckPassedOrNotApplicable(string file)
    {
        var report = await VerifierFactory.Create().VerifyAsync(File.ReadAllBytes(Path.Combine(TestKit.Samples.ValidFolder, file)));

        report.Verdict.Should().Be(Verdict.Verified, string.Join("\n", report.Problems));
        report.Checks.Select(c => c.Check).Should().Equal(CheckNames.All);
        report.Checks.Single(c => c.Check == CheckNames.Trust).Code.Should().Be(CheckCodes.TrustTrusted);
        report.Content!.MicroCredential!.Learner.FamilyName.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public async Task VerifyAsync_InvalidSample_FailsExactlyTheCheckItIsNamedAfter(string file)
    {
        var report = await VerifierFactory.Create().VerifyAsync(File.ReadAllBytes(Path.Combine(TestKit.Samples.InvalidFolder, file)));

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.Checks.Where(c => c.Outcome == CheckOutcome.Failed).Select(c => c.Check).Distinct()
            .Should().Equal([TestKit.InvalidSamples.CheckOf(file)], string.Join("\n", report.Checks));
        var reason = Path.GetFileNameWithoutExtension(file)[(TestKit.InvalidSamples.CheckOf(file).Length + 1)..];
        report.Problems.Where(c => c.Outcome == CheckOutcome.Failed).Select(c => c.Code).Should().Contain(TestKit.InvalidSamples.ExpectedCodes[file], reason);
    }

    [Fact]
    public void Readme_VerdictTable_ListsEveryInvalidSampleWithItsCode()
    {
        var readme = File.ReadAllText(RepositoryPaths.InRepo("README.md"));

        foreach (var (file, code) in TestKit.InvalidSamples.ExpectedCodes)
        {
            readme.Should().Contain($"| `{file}` | {TestKit.InvalidSamples.CheckOf(file)} | `{code}` |");
        }
    }

    [Fact]
    public void InvalidSamples_Committed_AreExactlyWhatTheGeneratorMakes()
    {
        var made = TestKit.InvalidSamples.Make();
        if (Environment.GetEnvironmentVariable("CREDENTIALS_WRITE_SAMPLES") == "1")
        {
            foreach (var (name, content) in made)
            {
                File.WriteAllText(Path.Combine(TestKit.Samples.InvalidFolder, name), content + "\n");
            }
        }

        var committed = TestKit.Samples.Invalid.ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).TrimEnd('\n'));

        committed.Keys.Should().BeEquivalentTo(made.Keys);
        foreach (var (name, content) in made)
        {
            (committed[name] == content).Should().BeTrue($"samples/invalid/{name} should be what the generator makes; rerun the tests with CREDENTIALS_WRITE_SAMPLES=1 after a deliberate change");
        }
    }
}
