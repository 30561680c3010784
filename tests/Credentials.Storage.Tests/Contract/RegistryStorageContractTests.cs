using System.Security.Cryptography;
using System.Text;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Credentials.Storage.Tests.Contract;

/// <summary>The behaviour every registry database must show; subclassed once per provider.</summary>
public abstract partial class RegistryStorageContractTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<RegistryStorage> opened = [];

    protected ITestOutputHelper Output { get; } = output;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    protected string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync() => ConnectionString = await CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var storage in opened)
        {
            await storage.DisposeAsync();
        }

        await DropDatabaseAsync();
    }

    [ContractFact]
    public async Task OpenAsync_RunTwice_AppliesEachMigrationOnce()
    {
        var first = await OpenAsync();
        var second = await OpenAsync();

        var again = await second.MigrateAsync();

        // Numbers may have gaps while branches add migrations side by side (see MigrationRunner.Load).
        var embedded = global::Credentials.Storage.Migrations.MigrationRunner.Load("Sqlite");
        (await first.GetSchemaVersionAsync()).Should().Be(embedded[^1].Version);
        (await second.GetSchemaVersionAsync()).Should().Be(embedded[^1].Version);
        again.Should().BeEmpty();
        (await CountAsync("SELECT COUNT(*) FROM schema_version")).Should().Be(embedded.Count);
        global::Credentials.Storage.Migrations.MigrationRunner.Load("Postgres").Select(m => m.Version).Should().Equal(embedded.Select(m => m.Version));
    }

    [ContractFact]
    public async Task ReserveManyAsync_NewCredential_CanBeReadBackAndCompleted()
    {
        var storage = await OpenAsync();
        var reservation = Reservation("urn:uuid:1", key: Key("S1"));

        var outcome = (await storage.Credentials.ReserveManyAsync([reservation])).Single();
        var completion = await storage.Credentials.CompleteManyAsync([new CredentialCompletion("urn:uuid:1", Bytes("signed-1"))]);
        var stored = await storage.Credentials.GetAsync("urn:uuid:1");

        outcome.AlreadyExisted.Should().BeFalse();
        outcome.Record.State.Should().Be(CredentialRecordState.Reserved);
        outcome.Record.StatusAllocations.Select(a => a.Purpose).Should().Equal(StatusPurpose.Revocation, StatusPurpose.Suspension);
        completion.Should().Equal(CompletionOutcome.Completed);
        stored.Should().NotBeNull();
        stored!.State.Should().Be(CredentialRecordState.Issued);
        stored.Status.Should().Be(CredentialStatusState.Active);
        stored.Issuer.Should().Be(reservation.Issuer);
        stored.LearnerReference.Should().Be(reservation.LearnerReference);
        stored.TemplateId.Should().Be(reservation.TemplateId);
        stored.Format.Should().Be(reservation.Format);
        stored.IssuedAt.Should().Be(reservation.IssuedAt);
        stored.IdempotencyKey.Should().Be(Key("S1").ToStorageKey());
        stored.StatusAllocations.Should().Equal(outcome.Record.StatusAllocations);
        stored.Sha256.ToArray().Should().Equal(SHA256.HashData(Bytes("signed-1")));
        stored.Content.IsEmpty.Should().BeTrue("the full credential is kept only when the operator enables it");
    }

    [ContractFact]
    public async Task CompleteManyAsync_ContentEnabled_StoresTheCredential()
    {
        var storage = await OpenAsync(new StorageOptions { StoreCredentialContent = true });
        await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:c")]);

        await storage.Credentials.CompleteManyAsync([new CredentialCompletion("urn:uuid:c", Bytes("eyJhbGciOi.payload.sig"))]);

        var stored = await storage.Credentials.GetAsync("urn:uuid:c");
        Encoding.UTF8.GetString(stored!.Content.Span).Should().Be("eyJhbGciOi.payload.sig");
    }

    [ContractFact]
    public async Task CompleteManyAsync_RepeatedOrUnknown_ReportsEachOutcome()
    {
        var storage = await OpenAsync();
        await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:a")]);
        await storage.Credentials.CompleteManyAsync([new CredentialCompletion("urn:uuid:a", Bytes("first"))]);

        var outcomes = await storage.Credentials.CompleteManyAsync(
        [
            new CredentialCompletion("urn:uuid:a", Bytes("first")),
            new CredentialCompletion("urn:uuid:a", Bytes("tampered")),
            new CredentialCompletion("urn:uuid:unknown", Bytes("x")),
        ]);

        outcomes.Should().Equal(CompletionOutcome.AlreadyCompleted, CompletionOutcome.Conflict, CompletionOutcome.NotFound);
        (await storage.Credentials.GetAsync("urn:uuid:a"))!.Sha256.ToArray().Should().Equal(SHA256.HashData(Bytes("first")));
    }

    [ContractFact]
    public async Task ReserveManyAsync_KnownIdempotencyKey_ReturnsTheExistingCredential()
    {
        var storage = await OpenAsync();
        var first = (await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:first", key: Key("S7"))])).Single();

        var rerun = await storage.Credentials.ReserveManyAsync(
        [
            Reservation("urn:uuid:second", key: Key("S7")),
            Reservation("urn:uuid:third", key: Key("S8")),
            Reservation("urn:uuid:fourth", key: Key("S8")),
        ]);

        rerun[0].AlreadyExisted.Should().BeTrue();
        rerun[0].Record.CredentialId.Should().Be("urn:uuid:first");
        rerun[0].Record.StatusAllocations.Should().Equal(first.Record.StatusAllocations);
        rerun[1].AlreadyExisted.Should().BeFalse();
        rerun[2].AlreadyExisted.Should().BeTrue("a duplicate key in the same call maps to the first row of that key");
        rerun[2].Record.CredentialId.Should().Be("urn:uuid:third");
        (await storage.Credentials.GetAsync("urn:uuid:second")).Should().BeNull();
        (await storage.Credentials.GetAsync("urn:uuid:fourth")).Should().BeNull();
        (await storage.Credentials.FindByIdempotencyKeyAsync(Key("S7")))!.CredentialId.Should().Be("urn:uuid:first");
        (await storage.Credentials.FindByIdempotencyKeyAsync(Key("S9"))).Should().BeNull();
        (await CountAsync("SELECT COUNT(*) FROM status_allocations")).Should().Be(4);
    }

    [ContractFact]
    public async Task ReserveManyAsync_TenThousandAllocations_AreDistinctAndNotSequential()
    {
        var storage = await OpenAsync();
        var indexes = new List<int>();

        for (var chunk = 0; chunk < 10; chunk++)
        {
            var reservations = Enumerable.Range(0, 1000)
                .Select(i => Reservation($"urn:uuid:{chunk}-{i}", purposes: [StatusPurpose.Revocation]))
                .ToList();
            var outcomes = await storage.Credentials.ReserveManyAsync(reservations);
            indexes.AddRange(outcomes.Select(o => o.Record.StatusAllocations.Single().Index));
        }

        indexes.Should().OnlyHaveUniqueItems();
        indexes.Should().OnlyContain(i => i >= 0 && i < BitstringStatusList.MinimumLength);
        indexes.Should().NotBeInAscendingOrder().And.NotBeInDescendingOrder();
        var consecutive = indexes.Zip(indexes.Skip(1)).Count(p => Math.Abs(p.Second - p.First) == 1);
        consecutive.Should().BeLessThan(50, "random positions are next to each other only by chance");
        indexes.Max().Should().BeGreaterThan(BitstringStatusList.MinimumLength * 9 / 10);
        indexes.Min().Should().BeLessThan(BitstringStatusList.MinimumLength / 10);
        var list = (await storage.StatusLists.ListAsync()).Single();
        list.AllocatedCount.Should().Be(10_000);
    }

    [ContractFact]
    public async Task ReserveManyAsync_FullList_OpensANewList()
    {
        var storage = await OpenAsync(new StorageOptions().WithListLengthForTests(64));

        var outcomes = await storage.Credentials.ReserveManyAsync(
            Enumerable.Range(0, 100).Select(i => Reservation($"urn:uuid:{i}", purposes: [StatusPurpose.Revocation])).ToList());
        var more = await storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:extra", purposes: [StatusPurpose.Revocation])]);

        var allocations = outcomes.Concat(more).Select(o => o.Record.StatusAllocations.Single()).ToList();
        allocations.Select(a => (a.ListId, a.Index)).Should().OnlyHaveUniqueItems();
        var lists = await storage.StatusLists.ListAsync();
        lists.Should().HaveCount(2);
        lists[0].AllocatedCount.Should().Be(64);
        lists[0].IsFull.Should().BeTrue();
        lists[1].AllocatedCount.Should().Be(37);
        allocations.Where(a => a.ListId == lists[0].Id).Select(a => a.Index).Should().BeEquivalentTo(Enumerable.Range(0, 64));
    }

    [ContractFact]
    public async Task ReserveManyAsync_TwoConnectionsAtOnce_NeverReuseAnIndex()
    {
        var options = new StorageOptions().WithListLengthForTests(512);
        var a = await OpenAsync(options);
        var b = await OpenAsync(options);

        async Task<List<StatusAllocation>> RunAsync(RegistryStorage storage, string prefix)
        {
            var result = new List<StatusAllocation>();
            for (var chunk = 0; chunk < 15; chunk++)
            {
                var outcomes = await storage.Credentials.ReserveManyAsync(
                    Enumerable.Range(0, 100).Select(i => Reservation($"urn:uuid:{prefix}-{chunk}-{i}")).ToList());
                result.AddRange(outcomes.SelectMany(o => o.Record.StatusAllocations));
            }

            return result;
        }

        var results = await Task.WhenAll(Task.Run(() => RunAsync(a, "a")), Task.Run(() => RunAsync(b, "b")));

        var all = results.SelectMany(r => r).ToList();
        all.Should().HaveCount(6000);
        all.Select(x => (x.ListId, x.Index)).Should().OnlyHaveUniqueItems();
        (await CountAsync("SELECT COUNT(*) FROM status_allocations")).Should().Be(6000);
        var lists = await a.StatusLists.ListAsync();
        lists.Sum(l => l.AllocatedCount).Should().Be(6000);
    }

    [ContractFact]
    public async Task ReserveManyAsync_SameKeysFromTwoConnectionsAtOnce_IssueEachKeyOnce()
    {
        var a = await OpenAsync();
        var b = await OpenAsync();

        async Task<IReadOnlyList<ReservationOutcome>> RunAsync(RegistryStorage storage, string prefix)
        {
            var outcomes = new List<ReservationOutcome>();
            for (var chunk = 0; chunk < 5; chunk++)
            {
                outcomes.AddRange(await storage.Credentials.ReserveManyAsync(
                    Enumerable.Range(0, 100).Select(i => Reservation($"urn:uuid:{prefix}-{chunk}-{i}", key: Key($"S{chunk}-{i}"))).ToList()));
            }

            return outcomes;
        }

        var results = await Task.WhenAll(Task.Run(() => RunAsync(a, "a")), Task.Run(() => RunAsync(b, "b")));

        (await CountAsync("SELECT COUNT(*) FROM credentials")).Should().Be(500);
        results[0].Select(o => o.Record.CredentialId).Should().Equal(results[1].Select(o => o.Record.CredentialId));
        results.SelectMany(r => r).Count(o => !o.AlreadyExisted).Should().Be(500);
    }

    [ContractFact]
    public async Task ReserveManyAsync_DuplicateIdOrPurpose_ThrowsBeforeWriting()
    {
        var storage = await OpenAsync();

        var duplicateId = () => storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:d"), Reservation("urn:uuid:d")]);
        var duplicatePurpose = () => storage.Credentials.ReserveManyAsync(
            [Reservation("urn:uuid:p", purposes: [StatusPurpose.Revocation, StatusPurpose.Revocation])]);
        var undefinedPurpose = () => storage.Credentials.ReserveManyAsync(
            [Reservation("urn:uuid:u", purposes: [(StatusPurpose)99])]);
        var emptyIssuer = () => storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:e") with { Issuer = " " }]);

        await duplicateId.Should().ThrowAsync<ArgumentException>();
        await duplicatePurpose.Should().ThrowAsync<ArgumentException>();
        await undefinedPurpose.Should().ThrowAsync<ArgumentException>();
        await emptyIssuer.Should().ThrowAsync<ArgumentException>();
        (await CountAsync("SELECT COUNT(*) FROM credentials")).Should().Be(0);
        (await storage.Credentials.ReserveManyAsync([])).Should().BeEmpty();
    }

    [ContractFact]
    public async Task ReserveManyAsync_HostileText_IsStoredVerbatim()
    {
        var storage = await OpenAsync();
        const string id = "urn:uuid:'); DROP TABLE credentials; --";
        const string learner = "Åsa Öberg \"O'Brien\" ☃ \u202e%s\\";

        await storage.Credentials.ReserveManyAsync([Reservation(id) with { LearnerReference = learner }]);

        var stored = await storage.Credentials.GetAsync(id);
        stored!.LearnerReference.Should().Be(learner);
        stored.CredentialId.Should().Be(id);
        (await CountAsync("SELECT COUNT(*) FROM credentials")).Should().Be(1);
    }

    [ContractFact]
    public async Task ReserveManyAsync_IdAlreadyInRegistry_RollsBackTheWholeChunk()
    {
        var storage = await OpenAsync();
        await storage.Credentials.ReserveAsync(Reservation("urn:uuid:taken"));
        var before = await storage.StatusLists.ListAsync();

        var act = () => storage.Credentials.ReserveManyAsync([Reservation("urn:uuid:fresh"), Reservation("urn:uuid:taken")]);

        await act.Should().ThrowAsync<System.Data.Common.DbException>();
        (await storage.Credentials.GetAsync("urn:uuid:fresh")).Should().BeNull();
        (await CountAsync("SELECT COUNT(*) FROM status_allocations")).Should().Be(2);
        (await storage.StatusLists.ListAsync()).Should().BeEquivalentTo(before, "allocations of a failed chunk are rolled back");
    }

    [ContractFact]
    public async Task ReserveAsync_ThenCompleteAsync_SingleCredentialConveniences()
    {
        var storage = await OpenAsync();

        var reserved = await storage.Credentials.ReserveAsync(Reservation("urn:uuid:one", key: Key("S1")));
        var completed = await storage.Credentials.CompleteAsync(new CredentialCompletion("urn:uuid:one", Bytes("jwt")));
        var again = await storage.Credentials.ReserveAsync(Reservation("urn:uuid:two", key: Key("S1")));

        reserved.AlreadyExisted.Should().BeFalse();
        completed.Should().Be(CompletionOutcome.Completed);
        again.AlreadyExisted.Should().BeTrue();
        again.Record.State.Should().Be(CredentialRecordState.Issued);
        again.Record.Sha256.ToArray().Should().Equal(SHA256.HashData(Bytes("jwt")));
    }

    [ContractFact]
    public async Task GetAsync_UnknownCredential_ReturnsNull()
    {
        var storage = await OpenAsync();

        (await storage.Credentials.GetAsync("urn:uuid:none")).Should().BeNull();
        (await storage.StatusLists.ReadAsync(12345)).Should().BeNull();
    }

    protected static CredentialReservation Reservation(
        string id,
        IdempotencyKey? key = null,
        IReadOnlyList<StatusPurpose>? purposes = null) => new(
        id,
        "did:web:registrar.example.fi",
        "template-7:student-hash",
        "template-7",
        "vc-jwt",
        new DateTimeOffset(2026, 5, 31, 10, 0, 0, TimeSpan.Zero),
        purposes ?? [StatusPurpose.Revocation, StatusPurpose.Suspension],
        key);

    protected static IdempotencyKey Key(string studentNumber) => new("template-7", studentNumber, new DateOnly(2026, 5, 30));

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    protected async Task<RegistryStorage> OpenAsync(StorageOptions? options = null)
    {
        var result = await RegistryStorage.OpenAsync(ConnectionString, options, Time);
        result.Success.Should().BeTrue(result.Error);
        opened.Add(result.Storage!);
        return result.Storage!;
    }

    /// <summary>Creates an empty database for one test and returns its connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    /// <summary>Runs SQL outside the store (to inspect tables or try what the store forbids).</summary>
    protected abstract Task<long> ExecuteScalarAsync(string sql);

    private Task<long> CountAsync(string sql) => ExecuteScalarAsync(sql);
}
