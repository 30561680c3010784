using System.Text.Json.Nodes;
using Credentials.TestKit;

namespace Credentials.Cli.Tests.Batch;

/// <summary>Credentials issued through the registry are revocable by default, and can be found by student number.</summary>
public sealed class RegistryIssueTests
{
    private const string Input = "samples/valid/northern-university-aijala.input.json";

    [Fact]
    public void Issue_WithDb_IsRecordedAndRevocable()
    {
        using var ws = new BatchWorkspace();
        var jwt = Path.Combine(ws.Root, "aijala.jwt");
        var lists = Path.Combine(ws.Root, "lists");

        var issued = CliRunner.Run("issue", "--input", Input, "--key", BatchWorkspace.Key, "--out", jwt, "--db", ws.Db, "--status-base-url", BatchWorkspace.StatusBaseUrl);
        var id = TestCredentials.Payload(File.ReadAllText(jwt).Trim())["jti"]!.GetValue<string>();
        var revoke = CliRunner.Run("status", "revoke", "--id", id, "--reason", "issued in error", "--key", BatchWorkspace.Key, "--db", ws.Db);
        CliRunner.Run("status", "export", "--key", BatchWorkspace.Key, "--db", ws.Db, "--out", lists, "--status-base-url", BatchWorkspace.StatusBaseUrl).ExitCode.Should().Be(0);
        var verify = CliRunner.Run(["verify", jwt, "--json", .. Directory.EnumerateFiles(lists).SelectMany(f => new[] { "--status-list", f })]);

        issued.ExitCode.Should().Be(0, issued.Error);
        issued.Output.Should().Contain("(recorded, revocable)");
        TestCredentials.Payload(File.ReadAllText(jwt).Trim())["vc"]!["credentialStatus"]!.AsArray().Should().HaveCount(2);
        revoke.ExitCode.Should().Be(0, revoke.Error);
        verify.Output.Should().Contain("status.revoked");
    }

    [Fact]
    public void Issue_WithDbAndNoStatus_IsRecordedWithoutEntries()
    {
        using var ws = new BatchWorkspace();
        var jwt = Path.Combine(ws.Root, "aijala.jwt");

        var issued = CliRunner.Run("issue", "--input", Input, "--key", BatchWorkspace.Key, "--out", jwt, "--db", ws.Db, "--no-status");
        var found = CliRunner.Run("find", "--student-number", "900123", "--key", BatchWorkspace.Key, "--db", ws.Db, "--json");

        issued.ExitCode.Should().Be(0, issued.Error);
        TestCredentials.Payload(File.ReadAllText(jwt).Trim())["vc"]!.AsObject().ContainsKey("credentialStatus").Should().BeFalse();
        found.ExitCode.Should().Be(0, found.Error);
        JsonNode.Parse(found.Output)!.AsArray().Should().ContainSingle();
    }

    [Theory]
    [InlineData("issue-batch")]
    [InlineData("issue")]
    public void Issue_WithoutStatusBaseUrl_RefusesInOneSentence(string command)
    {
        using var ws = new BatchWorkspace();
        string[] args = command == "issue"
            ? ["issue", "--input", Input, "--key", BatchWorkspace.Key, "--out", Path.Combine(ws.Root, "x.jwt"), "--db", ws.Db]
            : ["issue-batch", "--template", BatchWorkspace.Template, "--learners", ws.Learners(1), "--key", BatchWorkspace.Key, "--out", ws.Out, "--db", ws.Db];

        var run = CliRunner.Run(args);

        run.ExitCode.Should().Be(3);
        run.Error.Should().StartWith("credentials: no status base URL: give --status-base-url").And.NotContain("credentials.example");
        run.Error.Trim().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Find_AfterBatch_ListsTheLearnersCredentialAndSummaryNamesIt()
    {
        using var ws = new BatchWorkspace();
        CliRunner.Run(ws.IssueArgs(ws.Learners(3))).ExitCode.Should().Be(0);
        var id = TestCredentials.Payload(File.ReadAllText(ws.FileOf("100001")).Trim())["jti"]!.GetValue<string>();

        var found = CliRunner.Run("find", "--student-number", "100001", "--template", "northern-ml-foundations-2026", "--key", BatchWorkspace.Key, "--db", ws.Db);
        var none = CliRunner.Run("find", "--student-number", "100001", "--key", RepositoryPaths.InRepo("keys.example", "vastra-hogskolan"), "--db", ws.Db);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(ws.Out, "summary.json")))!;

        found.ExitCode.Should().Be(0, found.Error);
        found.Output.Trim().Should().MatchRegex($"^{System.Text.RegularExpressions.Regex.Escape(id)}  northern-ml-foundations-2026  \\d{{4}}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  active$");
        none.ExitCode.Should().Be(1, "another issuer's key sees none of these credentials");
        var learner = summary["learners"]!.AsArray().Single(l => l!["studentNumber"]!.GetValue<string>() == "100001")!;
        learner["credentialId"]!.GetValue<string>().Should().Be(id);
        learner["files"]!.AsArray().Select(f => f!.GetValue<string>()).Should().Equal("100001.jwt");
        summary["learners"]!.AsArray().Should().HaveCount(3);
    }
}
