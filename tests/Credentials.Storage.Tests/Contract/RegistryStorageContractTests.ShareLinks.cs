using Credentials.Model.Registry;
using Credentials.Storage.Tests.Infrastructure;

namespace Credentials.Storage.Tests.Contract;

public abstract partial class RegistryStorageContractTests
{
    [ContractFact]
    public async Task ShareLinks_Created_AreFoundByTokenAndListedNewestFirst()
    {
        var storage = await IssuedAsync("urn:uuid:s1");
        var now = Time.GetUtcNow();
        var older = Link("link-1", "token-1", "urn:uuid:s1", now);
        var newer = Link("link-2", "token-2", "urn:uuid:s1", now.AddMinutes(1));

        (await storage.ShareLinks.CreateAsync(older)).Should().BeTrue();
        (await storage.ShareLinks.CreateAsync(newer)).Should().BeTrue();

        (await storage.ShareLinks.FindAsync("token-1")).Should().Be(older);
        (await storage.ShareLinks.FindAsync("token-3")).Should().BeNull();
        (await storage.ShareLinks.ListAsync("urn:uuid:s1")).Select(l => l.Id).Should().Equal("link-2", "link-1");
    }

    [ContractFact]
    public async Task ShareLinks_SameTokenTwiceOrUnknownCredential_IsRefused()
    {
        var storage = await IssuedAsync("urn:uuid:s1");
        var now = Time.GetUtcNow();
        await storage.ShareLinks.CreateAsync(Link("link-1", "token-1", "urn:uuid:s1", now));

        (await storage.ShareLinks.CreateAsync(Link("link-2", "token-1", "urn:uuid:s1", now))).Should().BeFalse();
        (await storage.ShareLinks.CreateAsync(Link("link-1", "token-9", "urn:uuid:s1", now))).Should().BeFalse();
        (await storage.ShareLinks.CreateAsync(Link("link-3", "token-3", "urn:uuid:unknown", now))).Should().BeFalse();
    }

    [ContractFact]
    public async Task ShareLinks_Opened_CountOnlyWhileActive()
    {
        var storage = await IssuedAsync("urn:uuid:s1");
        var now = Time.GetUtcNow();
        await storage.ShareLinks.CreateAsync(Link("link-1", "token-1", "urn:uuid:s1", now));

        await storage.ShareLinks.OpenAsync("token-1", now);
        var second = await storage.ShareLinks.OpenAsync("token-1", now.AddDays(1));
        var afterExpiry = await storage.ShareLinks.OpenAsync("token-1", now.AddDays(400));

        second!.Opens.Should().Be(2);
        afterExpiry!.Opens.Should().Be(2);
        afterExpiry.StateAt(now.AddDays(400)).Should().Be(ShareLinkState.Expired);
        (await storage.ShareLinks.OpenAsync("token-unknown", now)).Should().BeNull();
    }

    [ContractFact]
    public async Task ShareLinks_Revoked_StopCountingAndOnlyTheirCredentialCanRevokeThem()
    {
        var storage = await IssuedAsync("urn:uuid:s1", "urn:uuid:s2");
        var now = Time.GetUtcNow();
        await storage.ShareLinks.CreateAsync(Link("link-1", "token-1", "urn:uuid:s1", now));

        (await storage.ShareLinks.RevokeAsync("urn:uuid:s2", "link-1", now)).Should().BeFalse();
        (await storage.ShareLinks.RevokeAsync("urn:uuid:s1", "link-1", now)).Should().BeTrue();
        (await storage.ShareLinks.RevokeAsync("urn:uuid:s1", "link-1", now)).Should().BeFalse();
        var opened = await storage.ShareLinks.OpenAsync("token-1", now);

        opened!.Opens.Should().Be(0);
        opened.StateAt(now).Should().Be(ShareLinkState.Revoked);
    }

    [ContractFact]
    public async Task ShareLinks_Withdrawn_OnlyThoseOfTheGivenCredentials()
    {
        var storage = await IssuedAsync("urn:uuid:s1", "urn:uuid:s2");
        var now = Time.GetUtcNow();
        await storage.ShareLinks.CreateAsync(Link("link-1", "token-1", "urn:uuid:s1", now));
        await storage.ShareLinks.CreateAsync(Link("link-2", "token-2", "urn:uuid:s1", now));
        await storage.ShareLinks.CreateAsync(Link("link-3", "token-3", "urn:uuid:s2", now));

        (await storage.ShareLinks.WithdrawAsync(["urn:uuid:s1"], now)).Should().Be(2);

        (await storage.ShareLinks.FindAsync("token-1"))!.StateAt(now).Should().Be(ShareLinkState.Withdrawn);
        (await storage.ShareLinks.FindAsync("token-3"))!.StateAt(now).Should().Be(ShareLinkState.Active);
        (await storage.ShareLinks.WithdrawAsync(["urn:uuid:s1"], now)).Should().Be(0);
    }

    private static ShareLinkRecord Link(string id, string token, string credentialId, DateTimeOffset created) =>
        new(id, token, credentialId, created, created.AddDays(183), null, null, 0);

    private async Task<RegistryStorage> IssuedAsync(params string[] credentialIds)
    {
        var storage = await OpenAsync();
        await storage.Credentials.ReserveManyAsync([.. credentialIds.Select(id => Reservation(id))]);
        return storage;
    }
}
