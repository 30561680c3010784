using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Storage.Tests.Infrastructure;

namespace Credentials.Storage.Tests.Contract;

public abstract partial class RegistryStorageContractTests
{
    [ContractFact]
    public async Task ReadSuspendedIndexesAsync_SuspendedAndReinstated_GivesTheSuspendedRowsRevocationIndexes()
    {
        var storage = await OpenAsync();
        var records = (await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:s1"), Reservation("urn:uuid:s2"), Reservation("urn:uuid:s3"), Reservation("urn:uuid:s4")])).Select(o => o.Record).ToList();
        var revocation = records.Select(r => r.StatusAllocations.Single(a => a.Purpose == StatusPurpose.Revocation)).ToList();
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:s1", StatusAction.Suspend, "op", "check"));
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:s2", StatusAction.Suspend, "op", "check"));
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:s2", StatusAction.Reinstate, "op", "cleared"));
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:s3", StatusAction.Revoke, "op", "fraud"));

        var suspended = await storage.StatusLists.ReadSuspendedIndexesAsync(revocation[0].ListId);

        revocation.Select(a => a.ListId).Distinct().Should().ContainSingle();
        suspended.Should().Equal(revocation[0].Index);
        (await storage.StatusLists.ReadSuspendedIndexesAsync(records[0].StatusAllocations.Single(a => a.Purpose == StatusPurpose.Suspension).ListId))
            .Should().BeEmpty("a suspension list holds no revocation indexes");
        (await storage.StatusLists.ReadSuspendedIndexesAsync(987654)).Should().BeEmpty();
    }
}
