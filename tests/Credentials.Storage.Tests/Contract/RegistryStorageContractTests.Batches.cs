using Credentials.Model.Registry;
using Credentials.Storage.Tests.Infrastructure;

namespace Credentials.Storage.Tests.Contract;

public abstract partial class RegistryStorageContractTests
{
    [ContractFact]
    public async Task BatchStore_StartTwice_ResumesTheSameBatch()
    {
        var storage = await OpenAsync();

        var (created, resumedFirst) = await storage.Batches.StartAsync("batch-1", "template-7", 3);
        await storage.Batches.SetStateAsync("batch-1", BatchState.Interrupted);
        Time.Advance(TimeSpan.FromMinutes(5));
        var (resumed, resumedSecond) = await storage.Batches.StartAsync("batch-1", "template-7", 3);

        resumedFirst.Should().BeFalse();
        created.State.Should().Be(BatchState.Running);
        resumedSecond.Should().BeTrue();
        resumed.State.Should().Be(BatchState.Running);
        resumed.CreatedAt.Should().Be(created.CreatedAt);
        resumed.UpdatedAt.Should().Be(created.CreatedAt + TimeSpan.FromMinutes(5));
    }

    [ContractFact]
    public async Task BatchStore_RecordRows_KeepsLatestResultPerRowAndCounts()
    {
        var storage = await OpenAsync();
        await storage.Batches.StartAsync("batch-2", "template-7", 3);

        await storage.Batches.RecordRowsAsync("batch-2",
        [
            new BatchRowResult(1, BatchRowOutcome.Issued, "urn:uuid:1", null),
            new BatchRowResult(2, BatchRowOutcome.Failed, null, "signing key unavailable"),
        ]);
        await storage.Batches.RecordRowsAsync("batch-2",
        [
            new BatchRowResult(2, BatchRowOutcome.Issued, "urn:uuid:2", null),
            new BatchRowResult(3, BatchRowOutcome.Existing, "urn:uuid:0", null),
        ]);
        await storage.Batches.SetStateAsync("batch-2", BatchState.Completed);

        var batch = await storage.Batches.GetAsync("batch-2");
        var rows = await storage.Batches.GetRowsAsync("batch-2");
        batch!.IssuedRows.Should().Be(3);
        batch.FailedRows.Should().Be(0);
        batch.State.Should().Be(BatchState.Completed);
        rows.Should().Equal(
            new BatchRowResult(1, BatchRowOutcome.Issued, "urn:uuid:1", null),
            new BatchRowResult(2, BatchRowOutcome.Issued, "urn:uuid:2", null),
            new BatchRowResult(3, BatchRowOutcome.Existing, "urn:uuid:0", null));
    }

    [ContractFact]
    public async Task BatchStore_UnknownBatch_ReportsMissing()
    {
        var storage = await OpenAsync();

        (await storage.Batches.GetAsync("nope")).Should().BeNull();
        (await storage.Batches.GetRowsAsync("nope")).Should().BeEmpty();
        (await storage.Batches.SetStateAsync("nope", BatchState.Completed)).Should().BeFalse();
        (await storage.Batches.RecordRowsAsync("nope", [new BatchRowResult(1, BatchRowOutcome.Issued, "x", null)])).Should().BeFalse();
    }

    [ContractFact]
    public async Task BatchStore_DuplicateRowNumber_Throws()
    {
        var storage = await OpenAsync();
        await storage.Batches.StartAsync("batch-3", "template-7", 2);

        var act = () => storage.Batches.RecordRowsAsync("batch-3",
        [
            new BatchRowResult(1, BatchRowOutcome.Issued, "a", null),
            new BatchRowResult(1, BatchRowOutcome.Failed, null, "b"),
        ]);

        await act.Should().ThrowAsync<ArgumentException>();
    }
}
