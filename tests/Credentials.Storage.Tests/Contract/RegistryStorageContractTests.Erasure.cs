using Credentials.Model.Registry;
using Credentials.Storage.Tests.Infrastructure;

namespace Credentials.Storage.Tests.Contract;

public abstract partial class RegistryStorageContractTests
{
    [ContractFact]
    public async Task Erasure_DeletesContentAndWithdrawsLinksOfThatLearnerOnly_KeepingHashAndAudit()
    {
        var storage = await OpenAsync(new StorageOptions { StoreCredentialContent = true });
        var now = Time.GetUtcNow();
        await storage.Credentials.ReserveManyAsync([
            Reservation("urn:uuid:a1") with { LearnerReference = "900123" },
            Reservation("urn:uuid:a2") with { LearnerReference = "course-7:900123" },
            Reservation("urn:uuid:b1") with { LearnerReference = "course-7:1900123" }]);
        await storage.Credentials.CompleteManyAsync([
            new CredentialCompletion("urn:uuid:a1", Bytes("jwt-a")), new CredentialCompletion("urn:uuid:a2", Bytes("jwt-a2")), new CredentialCompletion("urn:uuid:b1", Bytes("jwt-b"))]);
        var learner = (await storage.Credentials.GetAsync("urn:uuid:a1"))!;
        await storage.ShareLinks.CreateAsync(Link("link-a", "token-a", "urn:uuid:a1", now));
        await storage.ShareLinks.CreateAsync(Link("link-b", "token-b", "urn:uuid:b1", now));

        var erased = await storage.Erasure.EraseLearnerAsync(learner.Issuer, "900123", "key-1", now);

        erased.CredentialIds.Should().Equal("urn:uuid:a1", "urn:uuid:a2");
        (await storage.Credentials.GetAsync("urn:uuid:a2"))!.Content.IsEmpty.Should().BeTrue();
        erased.LinksWithdrawn.Should().Be(1);
        var after = (await storage.Credentials.GetAsync("urn:uuid:a1"))!;
        after.Content.IsEmpty.Should().BeTrue();
        after.Sha256.ToArray().Should().Equal(learner.Sha256.ToArray());
        after.Status.Should().Be(learner.Status);
        (await storage.Credentials.GetAsync("urn:uuid:b1"))!.Content.IsEmpty.Should().BeFalse();
        (await storage.ShareLinks.FindAsync("token-a"))!.StateAt(now).Should().Be(ShareLinkState.Withdrawn);
        (await storage.ShareLinks.FindAsync("token-b"))!.StateAt(now).Should().Be(ShareLinkState.Active);
        (await CountAsync("SELECT COUNT(*) FROM erasures WHERE credential_id = 'urn:uuid:a1' AND actor = 'key-1'")).Should().Be(1);
        (await storage.Erasure.EraseLearnerAsync(learner.Issuer, "nobody", "key-1", now)).CredentialIds.Should().BeEmpty();
    }
}
