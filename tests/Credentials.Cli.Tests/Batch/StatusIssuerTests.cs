using System.Text.Json.Nodes;
using Credentials.TestKit;

namespace Credentials.Cli.Tests.Batch;

/// <summary>Only the issuer's own key changes a credential's status or signs its status lists.</summary>
public sealed class StatusIssuerTests
{
    private static readonly string OtherKey = RepositoryPaths.InRepo("keys.example", "vastra-hogskolan");

    private static string Did(string keyFolder) => JsonNode.Parse(File.ReadAllText(Path.Combine(keyFolder, "issuer.json")))!["did"]!.GetValue<string>();

    [Theory]
    [InlineData("revoke")]
    [InlineData("suspend")]
    [InlineData("reinstate")]
    public void Status_ChangeWithAnotherIssuersKey_IsRefusedNamingBothDids(string action)
    {
        using var ws = new BatchWorkspace();
        CliRunner.Run(ws.IssueArgs(ws.Learners(1))).ExitCode.Should().Be(0);
        var id = ws.Credentials().Single()["jti"]!.GetValue<string>();

        var run = CliRunner.Run("status", action, "--id", id, "--reason", "test", "--key", OtherKey, "--db", ws.Db);
        var own = CliRunner.Run("status", "suspend", "--id", id, "--reason", "test", "--key", BatchWorkspace.Key, "--db", ws.Db);

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain(Did(BatchWorkspace.Key)).And.Contain(Did(OtherKey)).And.NotContain("   at ");
        run.Error.Trim().Split('\n').Should().ContainSingle();
        own.ExitCode.Should().Be(0, own.Error);
        own.Output.Should().Contain("Active → Suspended", "the refused change left the credential active");
    }

    [Fact]
    public void StatusExport_WithAnotherIssuersKey_IsRefusedAndWritesNothing()
    {
        using var ws = new BatchWorkspace();
        CliRunner.Run(ws.IssueArgs(ws.Learners(1))).ExitCode.Should().Be(0);
        var lists = Path.Combine(ws.Root, "lists");

        var run = CliRunner.Run("status", "export", "--key", OtherKey, "--db", ws.Db, "--out", lists, "--status-base-url", BatchWorkspace.StatusBaseUrl);
        var own = CliRunner.Run("status", "export", "--key", BatchWorkspace.Key, "--db", ws.Db, "--out", lists, "--status-base-url", BatchWorkspace.StatusBaseUrl);

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain(Did(BatchWorkspace.Key)).And.Contain(Did(OtherKey));
        own.ExitCode.Should().Be(0, own.Error);
        own.Output.Should().Contain("Exported 2 status list(s)");
    }
}
