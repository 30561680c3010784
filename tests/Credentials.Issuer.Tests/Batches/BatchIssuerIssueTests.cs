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
/// boundaries, a re-run issues nothing, a run interrupted between reserving and recording loses no record and its
/// re-run finishes the reserved rows with their ids and status indexes, and a row that was never validated stops the
/// run without recording its chunk.
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

    [Fact]
    public async Task Issue_InterruptedAfterReserving_ReRunSignsTheReservedRowsWithTheirIdsAndStatusIndexes()
    {
        var rows = Rows(7);
        var crashing = new MemoryOutput { FailWhenWriting = rows[3].StudentNumber };

        var thrown = await Record.ExceptionAsync(() => Batch().IssueAsync(Template, rows, crashing));

        thrown.Should().BeOfType<IOException>();
        var reserved = new Dictionary<string, IssuedCredentialRecord>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var record = await _storage.Credentials.FindByIdempotencyKeyAsync(new IdempotencyKey(Template.Id, row.StudentNumber, new DateOnly(2026, 6, 15)));
            record.Should().NotBeNull("every row of a chunk is reserved before it is signed, so the crash loses no record");
            reserved[row.StudentNumber] = record!;
        }

        reserved.Values.Count(r => r.State == CredentialRecordState.Issued).Should().Be(3, "the first chunk was finished before the crash");
        reserved.Values.Count(r => r.State == CredentialRecordState.Reserved).Should().Be(4, "the second chunk was signed but not recorded, the third reserved while it was signed");

        var output = new MemoryOutput();
        var again = await Batch().IssueAsync(Template, rows, output);

        again.Issued.Should().Be(4);
        again.Existing.Should().Be(3);
        foreach (var row in rows)
        {
            var record = await _storage.Credentials.FindByIdempotencyKeyAsync(new IdempotencyKey(Template.Id, row.StudentNumber, new DateOnly(2026, 6, 15)));
            record!.State.Should().Be(CredentialRecordState.Issued);
            record.CredentialId.Should().Be(reserved[row.StudentNumber].CredentialId, "a resumed row keeps the id it was reserved with");
            record.StatusAllocations.Should().BeEquivalentTo(reserved[row.StudentNumber].StatusAllocations, "and its status indexes");
            if (reserved[row.StudentNumber].State == CredentialRecordState.Reserved)
            {
                output.Written[row.StudentNumber].Sha256.ToArray().Should().Equal(record.Sha256.ToArray());
                Payload(output.Written[row.StudentNumber].Secured).Should().Contain(record.CredentialId);
            }
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
        var issuer = new CredentialIssuer(TestKeys.Northern, time, SchemaValidator.ElmMicroCredential);
        return new BatchIssuer(issuer, _storage.Credentials, StatusListUrls.Default, time) { ChunkSize = 3 };
    }

    private sealed class MemoryOutput : IBatchOutput
    {
        public ConcurrentDictionary<string, IssuedLearner> Written { get; } = new(StringComparer.Ordinal);

        /// <summary>A student number whose delivery fails, as a disk or a process would at a crash.</summary>
        public string? FailWhenWriting { get; init; }

        public Task WriteAsync(IReadOnlyList<IssuedLearner> learners, CancellationToken cancellationToken)
        {
            if (learners.Any(l => l.Row.StudentNumber == FailWhenWriting))
            {
                throw new IOException("the disk is full");
            }

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
