using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Storage.Tests.Infrastructure;

namespace Credentials.Storage.Tests.Contract;

public abstract partial class RegistryStorageContractTests
{
    [ContractFact]
    public async Task ChangeStatusAsync_Revoke_SetsTheBitAndAuditsIt()
    {
        var storage = await OpenAsync();
        var record = (await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:r")])).Single().Record;
        var revocation = record.StatusAllocations.Single(a => a.Purpose == StatusPurpose.Revocation);
        Time.Advance(TimeSpan.FromHours(3));

        var result = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:r", StatusAction.Revoke, "registrar.anna", "issued in error"));

        result.Should().Be(new StatusChangeResult(StatusChangeOutcome.Changed, CredentialStatusState.Active, CredentialStatusState.Revoked) { CredentialIssuer = "did:web:registrar.example.fi" });
        var list = await storage.StatusLists.ReadAsync(revocation.ListId);
        list!.Bits.Get(revocation.Index).Should().BeTrue();
        list.Bits.CountSet().Should().Be(1);
        list.Info.UpdatedAt.Should().Be(Time.GetUtcNow());
        (await storage.Credentials.GetAsync("urn:uuid:r"))!.Status.Should().Be(CredentialStatusState.Revoked);
        var audit = (await storage.StatusLists.GetAuditAsync("urn:uuid:r")).Single();
        audit.Should().BeEquivalentTo(new
        {
            CredentialId = "urn:uuid:r",
            Action = StatusAction.Revoke,
            Purpose = StatusPurpose.Revocation,
            revocation.ListId,
            revocation.Index,
            OldState = CredentialStatusState.Active,
            NewState = CredentialStatusState.Revoked,
            Actor = "registrar.anna",
            Reason = "issued in error",
            At = Time.GetUtcNow(),
        });
    }

    [ContractFact]
    public async Task ChangeStatusAsync_RevokedCredential_RefusesReinstateAndSuspend()
    {
        var storage = await OpenAsync();
        await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:r")]);
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:r", StatusAction.Revoke, "op", "fraud"));

        var reinstate = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:r", StatusAction.Reinstate, "op", "oops"));
        var suspend = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:r", StatusAction.Suspend, "op", "x"));
        var revokeAgain = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:r", StatusAction.Revoke, "op", "x"));

        reinstate.Outcome.Should().Be(StatusChangeOutcome.RefusedRevoked);
        suspend.Outcome.Should().Be(StatusChangeOutcome.RefusedRevoked);
        revokeAgain.Outcome.Should().Be(StatusChangeOutcome.AlreadyInState);
        revokeAgain.NewState.Should().Be(CredentialStatusState.Revoked);
        (await storage.StatusLists.GetAuditAsync("urn:uuid:r")).Should().ContainSingle("refused and no-op requests are not audited");
        (await storage.Credentials.GetAsync("urn:uuid:r"))!.Status.Should().Be(CredentialStatusState.Revoked);
    }

    [ContractFact]
    public async Task ChangeStatusAsync_SuspendThenReinstate_TogglesTheSuspensionBit()
    {
        var storage = await OpenAsync();
        var record = (await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:s")])).Single().Record;
        var suspension = record.StatusAllocations.Single(a => a.Purpose == StatusPurpose.Suspension);

        var suspend = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:s", StatusAction.Suspend, "op", "investigation"));
        var suspendedBit = (await storage.StatusLists.ReadAsync(suspension.ListId))!.Bits.Get(suspension.Index);
        var suspendAgain = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:s", StatusAction.Suspend, "op", "again"));
        Time.Advance(TimeSpan.FromDays(2));
        var reinstate = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:s", StatusAction.Reinstate, "op2", "cleared"));
        var reinstateAgain = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:s", StatusAction.Reinstate, "op2", "again"));

        suspend.Should().Be(new StatusChangeResult(StatusChangeOutcome.Changed, CredentialStatusState.Active, CredentialStatusState.Suspended) { CredentialIssuer = "did:web:registrar.example.fi" });
        suspendedBit.Should().BeTrue();
        suspendAgain.Outcome.Should().Be(StatusChangeOutcome.AlreadyInState);
        reinstate.Should().Be(new StatusChangeResult(StatusChangeOutcome.Changed, CredentialStatusState.Suspended, CredentialStatusState.Active) { CredentialIssuer = "did:web:registrar.example.fi" });
        reinstateAgain.Outcome.Should().Be(StatusChangeOutcome.AlreadyInState);
        (await storage.StatusLists.ReadAsync(suspension.ListId))!.Bits.Get(suspension.Index).Should().BeFalse();
        var audit = await storage.StatusLists.GetAuditAsync("urn:uuid:s");
        audit.Select(e => (e.Action, e.OldState, e.NewState, e.Actor)).Should().Equal(
            (StatusAction.Suspend, CredentialStatusState.Active, CredentialStatusState.Suspended, "op"),
            (StatusAction.Reinstate, CredentialStatusState.Suspended, CredentialStatusState.Active, "op2"));
        audit[1].At.Should().Be(audit[0].At + TimeSpan.FromDays(2));
        audit[1].Sequence.Should().BeGreaterThan(audit[0].Sequence);
    }

    [ContractFact]
    public async Task ChangeStatusAsync_SuspendedThenRevoked_StaysRevoked()
    {
        var storage = await OpenAsync();
        await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:x")]);
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:x", StatusAction.Suspend, "op", "check"));

        var revoke = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:x", StatusAction.Revoke, "op", "confirmed"));
        var reinstate = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:x", StatusAction.Reinstate, "op", "no"));

        revoke.Should().Be(new StatusChangeResult(StatusChangeOutcome.Changed, CredentialStatusState.Suspended, CredentialStatusState.Revoked) { CredentialIssuer = "did:web:registrar.example.fi" });
        reinstate.Outcome.Should().Be(StatusChangeOutcome.RefusedRevoked);
    }

    [ContractFact]
    public async Task ChangeStatusAsync_UnknownCredential_ReportsNotFound()
    {
        var storage = await OpenAsync();

        var result = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:ghost", StatusAction.Revoke, "op", "x"));

        result.Should().Be(new StatusChangeResult(StatusChangeOutcome.NotFound, null, null));
        (await storage.StatusLists.GetAuditAsync("urn:uuid:ghost")).Should().BeEmpty();
    }

    [ContractFact]
    public async Task ChangeStatusAsync_NoSuspensionEntry_ReportsNoStatusEntry()
    {
        var storage = await OpenAsync();
        await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:n", purposes: [StatusPurpose.Revocation])]);

        var result = await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:n", StatusAction.Suspend, "op", "x"));

        result.Outcome.Should().Be(StatusChangeOutcome.NoStatusEntry);
        (await storage.Credentials.GetAsync("urn:uuid:n"))!.Status.Should().Be(CredentialStatusState.Active);
    }

    [ContractFact]
    public async Task StatusAudit_UpdateOrDelete_IsRejectedByTheDatabase()
    {
        var storage = await OpenAsync();
        await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:a")]);
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:a", StatusAction.Revoke, "op", "x"));

        var update = () => ExecuteScalarAsync("UPDATE status_audit SET actor = 'someone else'");
        var delete = () => ExecuteScalarAsync("DELETE FROM status_audit");

        (await update.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("append-only");
        (await delete.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("append-only");
        (await storage.StatusLists.GetAuditAsync("urn:uuid:a")).Single().Actor.Should().Be("op");
    }

    [ContractFact]
    public async Task ReadAsync_StatusList_EncodesToAValidEncodedList()
    {
        var storage = await OpenAsync();
        var record = (await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:e")])).Single().Record;
        await storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest("urn:uuid:e", StatusAction.Revoke, "op", "x"));
        var revocation = record.StatusAllocations.Single(a => a.Purpose == StatusPurpose.Revocation);

        var snapshot = await storage.StatusLists.ReadAsync(revocation.ListId);
        var decoded = BitstringStatusList.Decode(snapshot!.Bits.Encode());

        snapshot.Info.Purpose.Should().Be(StatusPurpose.Revocation);
        snapshot.Info.Length.Should().Be(BitstringStatusList.MinimumLength);
        decoded.Success.Should().BeTrue();
        decoded.List!.Get(revocation.Index).Should().BeTrue();
        decoded.List.CountSet().Should().Be(1);
    }
}
