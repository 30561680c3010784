using Credentials.TestKit;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Credentials.Cli.Tests.Batch;

/// <summary>
/// Kills <c>issue-batch</c> mid-run, re-runs it, and compares registry and output with an uninterrupted run of the same
/// learners: every learner exactly once, every file the one the registry recorded, no status index handed out twice.
/// </summary>
public sealed class KillAndResumeTests
{
    private const int Count = 3000;

    [Fact]
    public void KilledMidBatchThenRerun_Sqlite_SameAsUninterrupted() => KillRerunCompare(postgres: false);

    [PostgresFact]
    public void KilledMidBatchThenRerun_Postgres_SameAsUninterrupted() => KillRerunCompare(postgres: true);

    private static void KillRerunCompare(bool postgres)
    {
        using var reference = new BatchWorkspace(postgres, "reference");
        using var killed = new BatchWorkspace(postgres);
        var learners = killed.Learners(Count);
        CliRunner.Run(Args(reference, learners)).ExitCode.Should().Be(0);

        KillAfterFirstChunk(Args(killed, learners));
        RegistryProbe.Credentials(killed.Db).Should().HaveCountLessThan(Count, "the first run must have been stopped part-way");
        var rerun = CliRunner.Run(Args(killed, learners));

        rerun.ExitCode.Should().Be(0, rerun.Error);
        var expected = Describe(reference);
        expected.Files.Should().HaveCount(Count);
        Describe(killed).Should().BeEquivalentTo(expected, o => o.ComparingByMembers<Result>().WithStrictOrdering());
        var third = CliRunner.Run(Args(killed, learners));
        third.Output.Should().Contain($"Issued 0, already issued {Count}");
        Describe(killed).Should().BeEquivalentTo(expected, o => o.ComparingByMembers<Result>().WithStrictOrdering());
    }

    // 3,000 learners: the PDFs (about 10 ms each, covered by PdfCliTests with their own resume test) are left out so the
    // runs stay within the runner's time limit on a busy machine; this test is about the registry and the credential files.
    private static string[] Args(BatchWorkspace ws, string learners) => [.. ws.IssueArgs(learners), "--pdf", "none"];

    // What a batch left: its files, registry rows and allocations, checked for internal consistency on the way.
    private static Result Describe(BatchWorkspace ws)
    {
        var rows = RegistryProbe.Credentials(ws.Db);
        var allocations = RegistryProbe.Allocations(ws.Db);
        var files = Directory.EnumerateFiles(ws.Out, "*.jwt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => File.ReadAllText(f).TrimEnd('\n'));
        var payloads = ws.Credentials();
        var byId = rows.ToDictionary(r => r.Id);

        rows.Select(r => r.IdempotencyKey).Should().OnlyHaveUniqueItems();
        allocations.Select(a => (a.ListId, a.Index)).Should().OnlyHaveUniqueItems("no status index may be handed out twice");
        allocations.Should().HaveCount(2 * rows.Count).And.OnlyContain(a => byId.ContainsKey(a.CredentialId));
        rows.Should().OnlyContain(r => r.Content == null, "the registry keeps only hashes unless --keep-credentials is given");
        var ids = payloads.Select(p => p["jti"]!.GetValue<string>()).ToList();
        // Sorted and compared in order: an unordered equivalence of 3,000 items costs FluentAssertions n² comparisons.
        ids.Should().OnlyHaveUniqueItems();
        ids.Order(StringComparer.Ordinal).Should().Equal(rows.Select(r => r.Id).Order(StringComparer.Ordinal), "every file is a recorded credential and every recorded credential has its file");
        foreach (var (studentNumber, token) in files)
        {
            var id = Jti(token);
            byId.Should().ContainKey(id);
            byId[id].LearnerRef.Should().EndWith(":" + studentNumber, "each file is named after its learner");
            SHA256.HashData(Encoding.UTF8.GetBytes(token)).Should().Equal(byId[id].Sha256, "the file is exactly what the registry recorded");
        }

        var entries = payloads.SelectMany(p => p["vc"]!["credentialStatus"]!.AsArray()).Select(e => e!["statusListIndex"]!.GetValue<string>() + "@" + e["statusListCredential"]!.GetValue<string>()).ToList();
        entries.Should().OnlyHaveUniqueItems();
        return new Result(files.Keys.Order(StringComparer.Ordinal).ToList(), rows.Select(r => r.IdempotencyKey).Order(StringComparer.Ordinal).ToList(), allocations.Count);
    }

    private static string Jti(string token) =>
        System.Text.Json.Nodes.JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[1]))!["jti"]!.GetValue<string>();

    private static void KillAfterFirstChunk(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "credentials.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var line = process.StandardOutput.ReadLine();
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        line.Should().NotBeNull().And.Contain("learners", "the batch must be killed while it is running, after its first chunk");
    }

    private sealed record Result(List<string> Files, List<string> Keys, int Allocations);
}
