using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Storage.Tests.Infrastructure;

namespace Credentials.Storage.Tests.Contract;

public abstract partial class RegistryStorageContractTests
{
    private const string OtherIssuer = "did:web:other-university.example";

    [ContractFact]
    public async Task ChangeStatusAsync_AnotherIssuersCredential_IsRefusedAndNothingChanges()
    {
        var storage = await OpenAsync();
        var record = (await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:mine")])).Single().Record;

        var result = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:mine", StatusAction.Revoke, "op", "x") { Issuer = OtherIssuer });

        result.Outcome.Should().Be(StatusChangeOutcome.WrongIssuer);
        result.CredentialIssuer.Should().Be(record.Issuer);
        (await storage.Credentials.GetAsync("urn:uuid:mine"))!.Status.Should().Be(CredentialStatusState.Active);
        (await storage.StatusLists.GetAuditAsync("urn:uuid:mine")).Should().BeEmpty();
    }

    [ContractFact]
    public async Task ChangeStatusAsync_OwnIssuer_Changes()
    {
        var storage = await OpenAsync();
        var record = (await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:own")])).Single().Record;

        var result = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:own", StatusAction.Revoke, "op", "x") { Issuer = record.Issuer });

        result.Outcome.Should().Be(StatusChangeOutcome.Changed);
    }

    [ContractFact]
    public async Task ReserveManyAsync_TwoIssuersInOneChunk_GetListsOfTheirOwn()
    {
        var storage = await OpenAsync();

        var outcomes = await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:a"), Reservation("urn:uuid:b") with { Issuer = OtherIssuer }]);

        var lists = await storage.StatusLists.ListAsync();
        lists.Should().HaveCount(4);
        var a = outcomes[0].Record.StatusAllocations.Select(x => x.ListId).ToList();
        var b = outcomes[1].Record.StatusAllocations.Select(x => x.ListId).ToList();
        a.Should().NotIntersectWith(b);
        lists.Where(l => a.Contains(l.Id)).Should().OnlyContain(l => l.Issuer == outcomes[0].Record.Issuer);
        lists.Where(l => b.Contains(l.Id)).Should().OnlyContain(l => l.Issuer == OtherIssuer);
        (await storage.StatusLists.ReadAsync(b[0]))!.Info.Issuer.Should().Be(OtherIssuer);
    }

    [ContractFact]
    public async Task FindByStudentNumberAsync_ReturnsOnlyThatIssuersAndTemplatesCredentials()
    {
        var storage = await OpenAsync();
        await storage.Credentials.ReserveManyAsync(
        [
            Reservation("urn:uuid:1") with { StudentNumber = "900201" },
            Reservation("urn:uuid:2") with { StudentNumber = "900201", TemplateId = "template-8" },
            Reservation("urn:uuid:3") with { StudentNumber = "900202" },
            Reservation("urn:uuid:4") with { StudentNumber = "900201", Issuer = OtherIssuer },
        ]);

        var all = await storage.Credentials.FindByStudentNumberAsync("did:web:registrar.example.fi", "900201");
        var one = await storage.Credentials.FindByStudentNumberAsync("did:web:registrar.example.fi", "900201", "template-8");

        all.Select(r => r.CredentialId).Should().BeEquivalentTo("urn:uuid:1", "urn:uuid:2");
        all.Should().OnlyContain(r => r.StudentNumber == "900201");
        one.Select(r => r.CredentialId).Should().Equal("urn:uuid:2");
        (await storage.Credentials.GetAsync("urn:uuid:3"))!.StudentNumber.Should().Be("900202");
    }
}
