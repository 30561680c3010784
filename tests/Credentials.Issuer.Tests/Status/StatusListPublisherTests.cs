using Credentials.Issuer.Status;
using Credentials.Model.Registry;

namespace Credentials.Issuer.Tests.Status;

/// <summary>A list is signed again when its bits change or it has been served for <see cref="StatusListPublisher.ResignAfter"/>, not on every read.</summary>
public sealed class StatusListPublisherTests
{
    [Fact]
    public async Task PublishAsync_BitsUnchanged_SameToken()
    {
        await using var registry = await RegistryFixture.CreateAsync();
        await registry.IssueAsync("1001");
        var listId = (await registry.Publisher.PublishAllAsync())[0].ListId;

        var first = await registry.Publisher.PublishAsync(listId);
        registry.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await registry.Publisher.PublishAsync(listId);

        second!.Jwt.Should().Be(first!.Jwt);
    }

    [Fact]
    public async Task PublishAsync_AfterRevoke_NewTokenAtOnce()
    {
        await using var registry = await RegistryFixture.CreateAsync();
        var issued = await registry.IssueAsync("1001");
        var before = await registry.Publisher.PublishAllAsync();

        await registry.ChangeAsync(issued.CredentialId, StatusAction.Revoke);
        var after = await registry.Publisher.PublishAllAsync();

        after.Select(l => l.Jwt).Should().NotBeEquivalentTo(before.Select(l => l.Jwt));
        (await registry.VerifyAsync(issued.Secured!)).Checks.Should().Contain(c => c.Code == Credentials.Proofs.Findings.CheckCodes.StatusRevoked);
    }

    [Fact]
    public async Task PublishAsync_ServedLongerThanResignAfter_SignedAgain()
    {
        await using var registry = await RegistryFixture.CreateAsync();
        await registry.IssueAsync("1001");
        var listId = (await registry.Publisher.PublishAllAsync())[0].ListId;
        var first = await registry.Publisher.PublishAsync(listId);

        registry.Time.Advance(StatusListPublisher.ResignAfter + TimeSpan.FromSeconds(1));
        var second = await registry.Publisher.PublishAsync(listId);

        second!.Jwt.Should().NotBe(first!.Jwt);
    }

    [Fact]
    public async Task Build_WithTtlAndValidFor_CarriesTtlInMillisecondsAndValidUntil()
    {
        await using var registry = await RegistryFixture.CreateAsync();
        await registry.IssueAsync("1001");
        var listId = (await registry.Publisher.PublishAllAsync())[0].ListId;
        var publisher = new StatusListPublisher(registry.Storage.StatusLists, Credentials.TestKit.TestKeys.Northern, StatusListUrls.Default, registry.Time)
        {
            TimeToLive = TimeSpan.FromSeconds(300),
            ValidFor = TimeSpan.FromDays(1),
        };

        var list = publisher.Build((await registry.Storage.StatusLists.ReadAsync(listId))!);

        ((long)list["credentialSubject"]!["ttl"]!).Should().Be(300_000);
        var validFrom = DateTimeOffset.Parse((string)list["validFrom"]!, System.Globalization.CultureInfo.InvariantCulture);
        DateTimeOffset.Parse((string)list["validUntil"]!, System.Globalization.CultureInfo.InvariantCulture).Should().Be(validFrom.AddDays(1));
    }

    [Fact]
    public async Task Build_Defaults_TtlAndNoValidUntil()
    {
        await using var registry = await RegistryFixture.CreateAsync();
        await registry.IssueAsync("1001");
        var listId = (await registry.Publisher.PublishAllAsync())[0].ListId;

        var list = registry.Publisher.Build((await registry.Storage.StatusLists.ReadAsync(listId))!);

        ((long)list["credentialSubject"]!["ttl"]!).Should().Be(300_000);
        list.ContainsKey("validUntil").Should().BeFalse("a list exported for static hosting must not expire unseen");
    }

    [Fact]
    public async Task ValidFor_NotLongerThanResignAfter_Throws()
    {
        await using var registry = await RegistryFixture.CreateAsync();

        var act = () => new StatusListPublisher(registry.Storage.StatusLists, Credentials.TestKit.TestKeys.Northern, StatusListUrls.Default, registry.Time) { ValidFor = StatusListPublisher.ResignAfter };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
