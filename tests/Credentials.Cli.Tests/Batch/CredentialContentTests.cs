using System.Text.Json.Nodes;

namespace Credentials.Cli.Tests.Batch;

/// <summary>
/// The registry keeps the full credential only with <c>--keep-credentials</c>; a re-run without it keeps files whose
/// SHA-256 matches and reports a missing or altered one as issued earlier with its content not kept, never re-signing it.
/// </summary>
public sealed class CredentialContentTests
{
    [Fact]
    public void Default_RegistryKeepsHashesOnly()
    {
        using var ws = new BatchWorkspace();
        CliRunner.Run(ws.IssueArgs(ws.Learners(3))).ExitCode.Should().Be(0);

        var rows = RegistryProbe.Credentials(ws.Db);

        rows.Should().HaveCount(3).And.OnlyContain(r => r.Content == null && r.Sha256 != null && r.Sha256.Length == 32);
    }

    [Fact]
    public void KeepCredentials_RegistryKeepsContent()
    {
        using var ws = new BatchWorkspace();
        CliRunner.Run([.. ws.IssueArgs(ws.Learners(3)), "--keep-credentials"]).ExitCode.Should().Be(0);

        var rows = RegistryProbe.Credentials(ws.Db);

        rows.Should().HaveCount(3);
        foreach (var row in rows)
        {
            row.Content.Should().NotBeNull();
            System.Text.Encoding.UTF8.GetString(row.Content!).Should().Be(File.ReadAllText(ws.FileOf(row.LearnerRef.Split(':').Last())).TrimEnd('\n'));
        }
    }

    [Fact]
    public void Rerun_WithoutContent_MissingAndAlteredFilesReportedNotReissued()
    {
        using var ws = new BatchWorkspace();
        var learners = ws.Learners(4);
        CliRunner.Run(ws.IssueArgs(learners)).ExitCode.Should().Be(0);
        var kept = File.ReadAllText(ws.FileOf("100000"));
        File.Delete(ws.FileOf("100001"));
        File.WriteAllText(ws.FileOf("100002"), File.ReadAllText(ws.FileOf("100002")).Replace('.', '-'));
        var ids = RegistryProbe.Credentials(ws.Db).Select(r => r.Id).Order().ToList();

        var rerun = CliRunner.Run(ws.IssueArgs(learners));

        rerun.ExitCode.Should().Be(1);
        rerun.Error.Should().Contain("content not kept").And.Contain("100001.jwt").And.Contain("100002.jwt");
        File.Exists(ws.FileOf("100001")).Should().BeFalse("a credential issued earlier is never signed again with a new id");
        File.ReadAllText(ws.FileOf("100000")).Should().Be(kept);
        RegistryProbe.Credentials(ws.Db).Select(r => r.Id).Order().Should().Equal(ids);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(ws.Out, "summary.json")))!;
        summary["existing"]!.GetValue<int>().Should().Be(4);
        summary["issued"]!.GetValue<int>().Should().Be(0);
        summary["notKept"]!.AsArray().Select(n => n!["studentNumber"]!.GetValue<string>()).Should().BeEquivalentTo(["100001", "100002"]);
        summary["notKept"]!.AsArray().Should().OnlyContain(n => n!["problem"]!.GetValue<string>() == "issued earlier, content not kept");
    }

    [Fact]
    public void Rerun_WithContent_RestoresMissingFileByteForByte()
    {
        using var ws = new BatchWorkspace();
        var learners = ws.Learners(3);
        CliRunner.Run([.. ws.IssueArgs(learners), "--keep-credentials"]).ExitCode.Should().Be(0);
        var original = File.ReadAllText(ws.FileOf("100001"));
        File.Delete(ws.FileOf("100001"));

        var rerun = CliRunner.Run([.. ws.IssueArgs(learners), "--keep-credentials"]);

        rerun.ExitCode.Should().Be(0, rerun.Error);
        File.ReadAllText(ws.FileOf("100001")).Should().Be(original);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(ws.Out, "summary.json")))!;
        summary["restored"]!.GetValue<int>().Should().Be(1);
        summary["notKept"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public void NotATerminal_PrintsPlainProgressLines()
    {
        using var ws = new BatchWorkspace();

        var run = CliRunner.Run(ws.IssueArgs(ws.Learners(5)));

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("5/5 learners (5 issued, 0 issued earlier)").And.NotContain("\u001b[", "no terminal control codes when output is redirected");
    }
}
