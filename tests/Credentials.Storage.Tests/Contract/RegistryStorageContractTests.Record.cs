using System.Security.Cryptography;
using System.Text;
using Credentials.Model.Registry;
using Credentials.Storage.Tests.Infrastructure;

namespace Credentials.Storage.Tests.Contract;

public abstract partial class RegistryStorageContractTests
{
    [ContractFact]
    public async Task RecordManyAsync_Signer_SeesFinalAllocationsAndResultIsStoredIssued()
    {
        var storage = await OpenAsync(new StorageOptions { StoreCredentialContent = true });
        var seen = new List<IssuedCredentialRecord>();

        var outcomes = await storage.Credentials.RecordManyAsync(
            [Reservation("urn:uuid:r1", key: Key("S1")), Reservation("urn:uuid:r2", key: Key("S2"))],
            (reserved, _) =>
            {
                seen.AddRange(reserved);
                return ValueTask.FromResult<IReadOnlyList<ReadOnlyMemory<byte>>>(reserved.Select(Sign).ToList());
            });

        seen.Select(r => r.CredentialId).Should().Equal("urn:uuid:r1", "urn:uuid:r2");
        foreach (var outcome in outcomes)
        {
            var stored = await storage.Credentials.GetAsync(outcome.Record.CredentialId);
            var expected = Sign(seen.Single(r => r.CredentialId == outcome.Record.CredentialId));
            stored!.State.Should().Be(CredentialRecordState.Issued);
            stored.StatusAllocations.Should().Equal(seen.Single(r => r.CredentialId == stored.CredentialId).StatusAllocations);
            stored.Sha256.ToArray().Should().Equal(SHA256.HashData(expected.Span));
            stored.Content.ToArray().Should().Equal(expected.ToArray());
            outcome.Record.Sha256.ToArray().Should().Equal(stored.Sha256.ToArray());
        }
    }

    [ContractFact]
    public async Task RecordManyAsync_KnownKey_ReturnsExistingWithoutSigningAgain()
    {
        var storage = await OpenAsync();
        await storage.Credentials.RecordManyAsync([Reservation("urn:uuid:first", key: Key("S1"))], SignAll);
        var signedAgain = 0;

        var rerun = await storage.Credentials.RecordManyAsync(
            [Reservation("urn:uuid:again", key: Key("S1"))],
            (reserved, ct) =>
            {
                signedAgain += reserved.Count;
                return SignAll(reserved, ct);
            });

        signedAgain.Should().Be(0);
        rerun.Single().AlreadyExisted.Should().BeTrue();
        rerun.Single().Record.CredentialId.Should().Be("urn:uuid:first");
        rerun.Single().Record.State.Should().Be(CredentialRecordState.Issued);
    }

    [ContractFact]
    public async Task RecordManyAsync_SignerFailsOrMiscounts_WritesNothing()
    {
        var storage = await OpenAsync();

        var throwing = () => storage.Credentials.RecordManyAsync(
            [Reservation("urn:uuid:a")],
            (_, _) => throw new CryptographicException("HSM unavailable"));
        var miscounting = () => storage.Credentials.RecordManyAsync(
            [Reservation("urn:uuid:b"), Reservation("urn:uuid:c")],
            (_, _) => ValueTask.FromResult<IReadOnlyList<ReadOnlyMemory<byte>>>([Bytes("only one")]));

        await throwing.Should().ThrowAsync<CryptographicException>();
        await miscounting.Should().ThrowAsync<InvalidOperationException>();
        (await CountAsync("SELECT COUNT(*) FROM credentials")).Should().Be(0);
        (await CountAsync("SELECT COUNT(*) FROM status_allocations")).Should().Be(0);
        (await storage.StatusLists.ListAsync()).Should().BeEmpty("the list opened for the chunk is rolled back too");
    }

    private static ReadOnlyMemory<byte> Sign(IssuedCredentialRecord record)
        => Encoding.UTF8.GetBytes(record.CredentialId + "|" + string.Join(",", record.StatusAllocations.Select(a => $"{a.Purpose}:{a.ListId}:{a.Index}")));

    private static ValueTask<IReadOnlyList<ReadOnlyMemory<byte>>> SignAll(IReadOnlyList<IssuedCredentialRecord> reserved, CancellationToken cancellationToken)
        => ValueTask.FromResult<IReadOnlyList<ReadOnlyMemory<byte>>>(reserved.Select(Sign).ToList());
}
