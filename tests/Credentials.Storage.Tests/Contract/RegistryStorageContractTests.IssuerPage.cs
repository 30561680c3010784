using Credentials.Model.Registry;
using Credentials.Storage.Tests.Infrastructure;

namespace Credentials.Storage.Tests.Contract;

public abstract partial class RegistryStorageContractTests
{
    [ContractFact]
    public async Task BatchStore_Start_KeepsTheIssuerOfTheFirstStart()
    {
        var storage = await OpenAsync();

        await storage.Batches.StartAsync("batch-a", "template-7", 2, "did:web:a.example");
        var (resumed, _) = await storage.Batches.StartAsync("batch-a", "template-7", 2, "did:web:b.example");
        var read = await storage.Batches.GetAsync("batch-a");

        resumed.Issuer.Should().Be("did:web:a.example");
        read!.Issuer.Should().Be("did:web:a.example");
    }

    [ContractFact]
    public async Task GetRecentAuditAsync_OnlyThatIssuersCredentials_NewestFirst_AtMostTheLimit()
    {
        var storage = await OpenAsync();
        await storage.Credentials.ReserveManyAsync(
        [
            Reservation("urn:uuid:own-1"),
            Reservation("urn:uuid:own-2"),
            Reservation("urn:uuid:other") with { Issuer = "did:web:other.example" },
        ]);
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:own-1", StatusAction.Suspend, "op", "first"));
        Time.Advance(TimeSpan.FromMinutes(1));
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:other", StatusAction.Revoke, "op", "other issuer"));
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:own-2", StatusAction.Revoke, "op", "second"));
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:own-1", StatusAction.Reinstate, "op", "third"));

        var all = await storage.StatusLists.GetRecentAuditAsync("did:web:registrar.example.fi", 10);
        var two = await storage.StatusLists.GetRecentAuditAsync("did:web:registrar.example.fi", 2);

        all.Select(e => e.Reason).Should().Equal("third", "second", "first");
        two.Select(e => e.Reason).Should().Equal("third", "second");
        (await storage.StatusLists.GetRecentAuditAsync("did:web:nobody.example", 10)).Should().BeEmpty();
    }
}
