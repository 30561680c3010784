using System.Text.Json.Nodes;

namespace Credentials.Cli.Tests.Batch;

public sealed class IssueBatchTests
{
    [Fact]
    public void IssueBatch_Sample_IssuesAllThenRerunIssuesNothing()
    {
        using var ws = new BatchWorkspace();
        var learners = Credentials.TestKit.RepositoryPaths.InRepo("samples", "batch", "learners.csv");

        var first = CliRunner.Run(ws.IssueArgs(learners));
        var firstFiles = ws.Credentials().Select(c => c["jti"]!.GetValue<string>()).Order().ToList();
        var second = CliRunner.Run(ws.IssueArgs(learners));

        first.ExitCode.Should().Be(0, first.Error);
        first.Output.Should().Contain("Issued 4, already issued 0");
        second.Output.Should().Contain("Issued 0, already issued 4");
        ws.Credentials().Select(c => c["jti"]!.GetValue<string>()).Order().Should().Equal(firstFiles);
        JsonNode.Parse(File.ReadAllText(Path.Combine(ws.Out, "summary.json")))!["existing"]!.GetValue<int>().Should().Be(4);
    }

    [Fact]
    public void IssueBatch_OneInvalidRow_IssuesNothingAndNamesTheLine()
    {
        using var ws = new BatchWorkspace();
        var learners = ws.Learners(3);
        File.AppendAllText(learners, "bad/number;A;B;2000-01-02;;;5;2026-06-15\r\n");

        var run = CliRunner.Run(ws.IssueArgs(learners));

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain(":5:").And.Contain("Nothing issued");
        Directory.EnumerateFiles(ws.Out, "*.jwt").Should().BeEmpty();
    }

    [Fact]
    public void IssueBatch_SkipInvalid_IssuesValidRowsAndWritesRejects()
    {
        using var ws = new BatchWorkspace();
        var learners = ws.Learners(3);
        File.AppendAllText(learners, "100000;Again;B;2000-01-02;;;5;2026-06-15\r\n");

        var run = CliRunner.Run([.. ws.IssueArgs(learners), "--skip-invalid"]);

        run.ExitCode.Should().Be(0, run.Error);
        ws.Credentials().Should().HaveCount(3);
        File.ReadAllText(Path.Combine(ws.Out, "rejected.csv")).Should().Contain("5;");
    }

    [Fact]
    public void Status_RevokeThenVerifyWithExportedLists_ReportsRevoked()
    {
        using var ws = new BatchWorkspace();
        CliRunner.Run(ws.IssueArgs(ws.Learners(2))).ExitCode.Should().Be(0);
        var target = Path.Combine(ws.Out, "100001.jwt");
        var id = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(File.ReadAllText(target).Trim().Split('.')[1]))!["jti"]!.GetValue<string>();
        var lists = Path.Combine(ws.Root, "lists");

        var revoke = CliRunner.Run("status", "revoke", "--id", id, "--reason", "issued in error", "--key", BatchWorkspace.Key, "--db", ws.Db, "--out", lists);
        CliRunner.Run("status", "export", "--key", BatchWorkspace.Key, "--db", ws.Db, "--out", lists).ExitCode.Should().Be(0);
        var listArgs = Directory.EnumerateFiles(lists).SelectMany(f => new[] { "--status-list", f }).ToArray();
        var revoked = CliRunner.Run(["verify", target, "--json", .. listArgs]);
        var other = CliRunner.Run(["verify", Path.Combine(ws.Out, "100000.jwt"), "--json", .. listArgs]);

        revoke.ExitCode.Should().Be(0, revoke.Error);
        revoked.ExitCode.Should().Be(1);
        revoked.Output.Should().Contain("status.revoked");
        other.Output.Should().NotContain("status.revoked").And.Contain("status.active");
    }
}
