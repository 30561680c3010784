using System.Security.Cryptography;
using System.Text;
using Credentials.Model.Registry;
using Credentials.Storage.Tests.Infrastructure;

namespace Credentials.Storage.Tests.Contract;

public abstract partial class RegistryStorageContractTests
{
    [ContractFact]
    public async Task ApiKeys_Created_AreFoundByHashOnly()
    {
        var storage = await OpenAsync();
        var record = new ApiKeyRecord("key-1", "student system", "did:example:issuer", Time.GetUtcNow(), null);

        (await storage.ApiKeys.CreateAsync(record, Hash("secret-1"))).Should().BeTrue();

        (await storage.ApiKeys.FindAsync(Hash("secret-1"))).Should().Be(record);
        (await storage.ApiKeys.FindAsync(Hash("secret-2"))).Should().BeNull();
        (await storage.ApiKeys.FindAsync(new byte[5])).Should().BeNull();
        (await CountAsync("SELECT COUNT(*) FROM api_keys WHERE name = 'student system'")).Should().Be(1);
    }

    [ContractFact]
    public async Task ApiKeys_SameIdOrSameHashTwice_IsRefused()
    {
        var storage = await OpenAsync();
        var now = Time.GetUtcNow();
        await storage.ApiKeys.CreateAsync(new ApiKeyRecord("key-1", "a", "did:example:i", now, null), Hash("s1"));

        (await storage.ApiKeys.CreateAsync(new ApiKeyRecord("key-1", "b", "did:example:i", now, null), Hash("s2"))).Should().BeFalse();
        (await storage.ApiKeys.CreateAsync(new ApiKeyRecord("key-2", "c", "did:example:i", now, null), Hash("s1"))).Should().BeFalse();
        (await storage.ApiKeys.ListAsync()).Select(k => k.Name).Should().Equal("a");
    }

    [ContractFact]
    public async Task ApiKeys_Revoked_StayListedAndAreMarked()
    {
        var storage = await OpenAsync();
        await storage.ApiKeys.CreateAsync(new ApiKeyRecord("key-1", "a", "did:example:i", Time.GetUtcNow(), null), Hash("s1"));
        Time.Advance(TimeSpan.FromHours(1));

        (await storage.ApiKeys.RevokeAsync("key-1")).Should().BeTrue();
        (await storage.ApiKeys.RevokeAsync("key-1")).Should().BeFalse("it is already revoked");
        (await storage.ApiKeys.RevokeAsync("key-9")).Should().BeFalse();

        var found = await storage.ApiKeys.FindAsync(Hash("s1"));
        found!.IsActive.Should().BeFalse();
        found.RevokedAt.Should().Be(Time.GetUtcNow());
    }

    [ContractFact]
    public async Task ApiKeys_HashOfWrongLength_IsAProgrammerError()
    {
        var storage = await OpenAsync();

        var act = () => storage.ApiKeys.CreateAsync(new ApiKeyRecord("key-1", "a", "did:example:i", Time.GetUtcNow(), null), new byte[31]);

        await act.Should().ThrowAsync<ArgumentException>();
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
