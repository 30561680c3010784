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
}
