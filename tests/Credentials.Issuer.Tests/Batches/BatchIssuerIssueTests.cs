using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Credentials.Issuer.Batches;
using Credentials.Issuer.Issuing;
using Credentials.Issuer.Status;
using Credentials.Model.Registry;
using Credentials.Model.Schema;
using Credentials.Storage;
using Credentials.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Issuer.Tests.Batches;

/// <summary>
/// <see cref="BatchIssuer.IssueAsync"/> over a SQLite registry with small chunks: every row is issued once across chunk
/// boundaries, a re-run issues nothing, and a row that was never validated stops the run without recording its chunk.
/// </summary>
public sealed class BatchIssuerIssueTests : IAsyncLifetime
{
    private static readonly BatchTemplate Template = BatchTemplate.Parse(File.ReadAllBytes(RepositoryPaths.InRepo("samples", "batch", "template.json")), out _)!;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "batch-issue-tests-" + Guid.NewGuid().ToString("N"));
    private RegistryStorage _storage = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var opened = await RegistryStorage.OpenAsync(Path.Combine(_directory, "registry.db"));
        _storage = opened.Storage ?? throw new InvalidOperationException(opened.Error);
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Issue_RowsAcrossChunks_EachIssuedOnceAndReRunIssuesNothing()
    {
        var rows = Rows(7);
        var output = new MemoryOutput();
        var progress = new List<BatchProgress>();

        var first = await Batch().IssueAsync(Template, rows, output, new Progress(progress));

        first.Issued.Should().Be(7);
        progress.Select(p => p.Done).Should().Equal(3, 6, 7);
        output.Written.Keys.Should().BeEquivalentTo(rows.Select(r => r.StudentNumber));
        output.Written.Values.Select(l => l.CredentialId).Should().OnlyHaveUniqueItems();
        foreach (var learner in output.Written.Values)
        {
            var record = await _storage.Credentials.GetAsync(learner.CredentialId);
            record.Should().NotBeNull();
            record!.Sha256.ToArray().Should().Equal(learner.Sha256.ToArray());
            Payload(learner.Secured).Should().Contain(learner.Row.FamilyName, "each credential is built from its own row");
        }

        var again = await Batch().IssueAsync(Template, rows, output);

        again.Issued.Should().Be(0);
        again.Existing.Should().Be(7);
        again.NotKept.Should().BeEmpty("the output still holds every file");
    }

    [Fact]
    public async Task Issue_RowNeverValidated_StopsAndRecordsNothingOfItsChunk()
    {
        var rows = Rows(5).ToList();
        rows[4] = rows[4] with { DateOfBirth = "not-a-date" };
        var output = new MemoryOutput();

        var thrown = await Record.ExceptionAsync(() => Batch().IssueAsync(Template, rows, output));

        thrown.Should().BeOfType<ArgumentException>("the caller gets the row's problem itself, not a parallel-loop wrapper")
            .Which.Message.Should().Match("*line 6*date_of_birth*");
        for (var i = 0; i < rows.Count; i++)
        {
            var record = await _storage.Credentials.FindByIdempotencyKeyAsync(new IdempotencyKey(Template.Id, rows[i].StudentNumber, new DateOnly(2026, 6, 15)));
            (record is not null).Should().Be(i < 3, "the first chunk committed, the second rolled back whole");
        }
    }

    private static List<LearnerRow> Rows(int count) =>
        Enumerable.Range(0, count).Select(i => new LearnerRow(i + 2, (100 + i).ToString(CultureInfo.InvariantCulture), "Learner", "Family" + i, "2000-01-02", string.Empty, string.Empty, "5", "2026-06-15")).ToList();

    private static string Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(part + new string('=', (4 - (part.Length % 4)) % 4)));
    }

    private BatchIssuer Batch()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 20, 8, 0, 0, TimeSpan.Zero));
        var issuer = new CredentialIssuer(TestKeys.Northern, time, NJsonSchemaValidator.ElmMicroCredential);
        return new BatchIssuer(issuer, _storage.Credentials, StatusListUrls.Default, time) { ChunkSize = 3 };
    }

    private sealed class MemoryOutput : IBatchOutput
    {
        public ConcurrentDictionary<string, IssuedLearner> Written { get; } = new(StringComparer.Ordinal);

        public Task WriteAsync(IReadOnlyList<IssuedLearner> learners, CancellationToken cancellationToken)
        {
            foreach (var learner in learners)
            {
                Written[learner.Row.StudentNumber] = learner;
            }

            return Task.CompletedTask;
        }

        public Task<bool> HoldsAsync(IssuedLearner learner, CancellationToken cancellationToken) =>
            Task.FromResult(Written.TryGetValue(learner.Row.StudentNumber, out var held) && held.Sha256.Span.SequenceEqual(learner.Sha256.Span));
    }

    private sealed class Progress(List<BatchProgress> seen) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => seen.Add(value);
    }
}
