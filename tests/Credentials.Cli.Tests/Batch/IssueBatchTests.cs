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

    [Theory]
    [InlineData("excel-export.xlsx", 2)]
    [InlineData("sisu-export.csv", 4)]
    [InlineData("peppi-export.tsv", 2)]
    public void IssueBatch_StudentSystemExport_IssuesEveryLearner(string file, int learners)
    {
        using var ws = new BatchWorkspace();

        var run = CliRunner.Run(ws.IssueArgs(Credentials.TestKit.RepositoryPaths.InRepo("samples", "batch", file)));

        run.ExitCode.Should().Be(0, run.Error);
        ws.Credentials().Should().HaveCount(learners);
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

        run.ExitCode.Should().Be(5, "rows were rejected: " + run.Error);
        ws.Credentials().Should().HaveCount(3);
        File.ReadAllText(Path.Combine(ws.Out, "rejected.csv")).Should().Be(
            "error;student_number;given_name;family_name;date_of_birth;email;national_id;grade;completion_date\r\n"
            + "\"column 'student_number': student number 100000 appears again (first on line 2)\";100000;Again;B;2000-01-02;;;5;2026-06-15\r\n");
    }

    [Fact]
    public void IssueBatch_RejectedFileFixedAndIssuedAgain_IssuesTheFixedRows()
    {
        using var ws = new BatchWorkspace();
        var learners = Path.Combine(ws.Root, "sisu.csv");
        File.WriteAllText(learners, "\uFEFFOpiskelijanumero;Etunimet;Sukunimi;Syntymäaika;Sähköposti;Arvosana;Suorituspäivä;;\r\n"
            + "1;Aino;Virtanen;1.2.2000;;5;15.6.2026;;\r\n"
            + "2;Eino;\"Mäki; Nen\";31.2.2000;eino@;4;15.6.2026;;\r\n"
            + ";;;;;;;;\r\n");
        var first = CliRunner.Run([.. ws.IssueArgs(learners), "--skip-invalid", "--lang", "fi"]);
        var rejected = Path.Combine(ws.Out, "rejected.csv");
        var text = File.ReadAllText(rejected);
        var fixedFile = Path.Combine(ws.Root, "fixed.csv");
        File.WriteAllText(fixedFile, text.Replace("31.2.2000;eino@", "28.2.2000;eino@example.fi", StringComparison.Ordinal));

        var second = CliRunner.Run([.. ws.IssueArgs(fixedFile), "--skip-invalid"]);

        first.ExitCode.Should().Be(5, first.Error);
        first.Error.Should().Contain("sisu.csv:3: sarake 'Syntymäaika': '31.2.2000' ei ole päivämäärä")
            .And.Contain("sisu.csv:3: sarake 'Sähköposti': 'eino@' ei ole sähköpostiosoite");
        text.Should().StartWith("error;Opiskelijanumero;Etunimet;Sukunimi;Syntymäaika;Sähköposti;Arvosana;Suorituspäivä;;\r\n")
            .And.EndWith(";2;Eino;\"Mäki; Nen\";31.2.2000;eino@;4;15.6.2026;;\r\n");
        second.ExitCode.Should().Be(0, second.Error);
        second.Output.Should().Contain("Issued 1, already issued 0");
        ws.Credentials().Should().HaveCount(2);
    }

    [Fact]
    public void Status_RevokeThenVerifyWithExportedLists_ReportsRevoked()
    {
        using var ws = new BatchWorkspace();
        CliRunner.Run(ws.IssueArgs(ws.Learners(2))).ExitCode.Should().Be(0);
        var target = Path.Combine(ws.Out, "100001.jwt");
        var id = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(File.ReadAllText(target).Trim().Split('.')[1]))!["jti"]!.GetValue<string>();
        var lists = Path.Combine(ws.Root, "lists");

        var revoke = CliRunner.Run("status", "revoke", "--id", id, "--reason", "issued in error", "--key", BatchWorkspace.Key, "--db", ws.Db, "--out", lists, "--status-base-url", BatchWorkspace.StatusBaseUrl);
        CliRunner.Run("status", "export", "--key", BatchWorkspace.Key, "--db", ws.Db, "--out", lists, "--status-base-url", BatchWorkspace.StatusBaseUrl).ExitCode.Should().Be(0);
        var listArgs = Directory.EnumerateFiles(lists).SelectMany(f => new[] { "--status-list", f }).ToArray();
        var revoked = CliRunner.Run(["verify", target, "--json", .. listArgs]);
        var other = CliRunner.Run(["verify", Path.Combine(ws.Out, "100000.jwt"), "--json", .. listArgs]);

        revoke.ExitCode.Should().Be(0, revoke.Error);
        revoked.ExitCode.Should().Be(1);
        revoked.Output.Should().Contain("status.revoked");
        other.Output.Should().NotContain("status.revoked").And.Contain("status.active");
    }
}
