using Credentials.Model.Registry;
using Credentials.Storage.Tests.Infrastructure;

namespace Credentials.Storage.Tests.Contract;

public abstract partial class RegistryStorageContractTests
{
    [ContractFact]
    public async Task Offers_Created_AreFoundAndListedByBatch()
    {
        var storage = await IssuedAsync("urn:uuid:o1", "urn:uuid:o2");
        var first = Offer("offer-1", "urn:uuid:o1", "code-1", batch: "batch-1");
        var second = Offer("offer-2", "urn:uuid:o2", "code-2", batch: "batch-1");

        (await storage.Offers.CreateAsync(first)).Should().BeTrue();
        (await storage.Offers.CreateAsync(second)).Should().BeTrue();

        (await storage.Offers.FindAsync("offer-1")).Should().Be(first);
        (await storage.Offers.FindAsync("offer-9")).Should().BeNull();
        (await storage.Offers.ListByBatchAsync("batch-1")).Select(o => o.Id).Should().Equal("offer-1", "offer-2");
    }

    [ContractFact]
    public async Task Offers_SameCodeOrIdTwiceOrUnknownCredential_AreRefused()
    {
        var storage = await IssuedAsync("urn:uuid:o1");
        await storage.Offers.CreateAsync(Offer("offer-1", "urn:uuid:o1", "code-1"));

        (await storage.Offers.CreateAsync(Offer("offer-2", "urn:uuid:o1", "code-1"))).Should().BeFalse();
        (await storage.Offers.CreateAsync(Offer("offer-1", "urn:uuid:o1", "code-9"))).Should().BeFalse();
        (await storage.Offers.CreateAsync(Offer("offer-3", "urn:uuid:unknown", "code-3"))).Should().BeFalse();
    }

    [ContractFact]
    public async Task RedeemAsync_SameCodeTwice_RedeemsOnceAndBindsTheAccessToken()
    {
        var storage = await IssuedAsync("urn:uuid:o1");
        await storage.Offers.CreateAsync(Offer("offer-1", "urn:uuid:o1", "code-1"));

        var first = await storage.Offers.RedeemAsync(Redemption("code-1", access: "access-1"));
        var second = await storage.Offers.RedeemAsync(Redemption("code-1", access: "access-2"));

        first.Outcome.Should().Be(OfferRedemptionOutcome.Redeemed);
        first.Offer!.RedeemedAt.Should().Be(Time.GetUtcNow());
        first.Offer.AwardJson.Should().Be("{\"award\":1}");
        second.Outcome.Should().Be(OfferRedemptionOutcome.AlreadyRedeemed);
        second.Offer.Should().BeNull();
        (await storage.Offers.FindByAccessTokenAsync("access-1", Time.GetUtcNow()))!.Id.Should().Be("offer-1");
        (await storage.Offers.FindByAccessTokenAsync("access-2", Time.GetUtcNow())).Should().BeNull();
    }

    [ContractFact]
    public async Task RedeemAsync_ManyRacingRequests_ExactlyOneWins()
    {
        var storage = await IssuedAsync("urn:uuid:o1");
        await storage.Offers.CreateAsync(Offer("offer-1", "urn:uuid:o1", "code-1"));
        var racers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => OpenAsync()));

        var outcomes = await Task.WhenAll(racers.Select((racer, i) => Task.Run(() => racer.Offers.RedeemAsync(Redemption("code-1", access: $"access-{i}")))));

        outcomes.Count(o => o.Outcome == OfferRedemptionOutcome.Redeemed).Should().Be(1);
        outcomes.Where(o => o.Outcome != OfferRedemptionOutcome.Redeemed).Should().OnlyContain(o => o.Outcome == OfferRedemptionOutcome.AlreadyRedeemed);
    }

    [ContractFact]
    public async Task RedeemAsync_UnknownExpiredOrWrongTxCode_IsRefusedAndWrongCodesLockTheOffer()
    {
        var storage = await IssuedAsync("urn:uuid:o1", "urn:uuid:o2");
        await storage.Offers.CreateAsync(Offer("offer-1", "urn:uuid:o1", "code-1", tx: "tx-hash"));
        await storage.Offers.CreateAsync(Offer("offer-2", "urn:uuid:o2", "code-2") with { ExpiresAt = Time.GetUtcNow().AddMinutes(1) });

        var unknown = await storage.Offers.RedeemAsync(Redemption("code-9"));
        var expired = await storage.Offers.RedeemAsync(Redemption("code-2") with { Now = Time.GetUtcNow().AddMinutes(1) });
        var missing = await storage.Offers.RedeemAsync(Redemption("code-1"));
        var wrong = await storage.Offers.RedeemAsync(Redemption("code-1", tx: "other"));
        var wrongAgain = await storage.Offers.RedeemAsync(Redemption("code-1", tx: "other-2"));
        var locked = await storage.Offers.RedeemAsync(Redemption("code-1", tx: "tx-hash") with { MaxTxCodeFailures = 2 });
        var right = await storage.Offers.RedeemAsync(Redemption("code-1", tx: "tx-hash"));

        unknown.Outcome.Should().Be(OfferRedemptionOutcome.Unknown);
        expired.Outcome.Should().Be(OfferRedemptionOutcome.Expired);
        missing.Outcome.Should().Be(OfferRedemptionOutcome.TxCodeMissing);
        wrong.Outcome.Should().Be(OfferRedemptionOutcome.TxCodeWrong);
        wrongAgain.Outcome.Should().Be(OfferRedemptionOutcome.TxCodeWrong);
        locked.Outcome.Should().Be(OfferRedemptionOutcome.TxCodeLocked);
        right.Outcome.Should().Be(OfferRedemptionOutcome.Redeemed);
        right.Offer!.TxCodeFailures.Should().Be(2);
    }

    [ContractFact]
    public async Task DeliverAsync_Twice_DeliversOnceAndDeletesTheAward()
    {
        var storage = await IssuedAsync("urn:uuid:o1");
        await storage.Offers.CreateAsync(Offer("offer-1", "urn:uuid:o1", "code-1"));
        await storage.Offers.RedeemAsync(Redemption("code-1", access: "access-1"));

        var first = await storage.Offers.DeliverAsync("offer-1", "access-1", Time.GetUtcNow());
        var second = await storage.Offers.DeliverAsync("offer-1", "access-1", Time.GetUtcNow());

        first.Should().BeTrue();
        second.Should().BeFalse();
        var stored = await storage.Offers.FindAsync("offer-1");
        stored!.AwardJson.Should().BeNull();
        stored.DeliveredAt.Should().Be(Time.GetUtcNow());
        (await storage.Offers.FindByAccessTokenAsync("access-1", Time.GetUtcNow())).Should().BeNull();
    }

    [ContractFact]
    public async Task PurgeAsync_ExpiredOffersAndAccessTokens_DeleteTheirAwards()
    {
        var storage = await IssuedAsync("urn:uuid:o1", "urn:uuid:o2", "urn:uuid:o3");
        var now = Time.GetUtcNow();
        await storage.Offers.CreateAsync(Offer("offer-1", "urn:uuid:o1", "code-1") with { ExpiresAt = now.AddMinutes(5) });
        await storage.Offers.CreateAsync(Offer("offer-2", "urn:uuid:o2", "code-2"));
        await storage.Offers.CreateAsync(Offer("offer-3", "urn:uuid:o3", "code-3"));
        await storage.Offers.RedeemAsync(Redemption("code-2", access: "access-2") with { AccessExpiresAt = now.AddMinutes(5) });

        var purged = await storage.Offers.PurgeAsync(now.AddMinutes(5));

        purged.Should().Be(2);
        (await storage.Offers.FindAsync("offer-1"))!.AwardJson.Should().BeNull();
        (await storage.Offers.FindAsync("offer-2"))!.AwardJson.Should().BeNull();
        (await storage.Offers.FindAsync("offer-3"))!.AwardJson.Should().NotBeNull();
    }

    [ContractFact]
    public async Task SpendNonceAsync_SpendsOnceAndNeverAfterExpiry()
    {
        var storage = await OpenAsync();
        var now = Time.GetUtcNow();
        await storage.Offers.AddNonceAsync("nonce-1", now.AddMinutes(5));
        await storage.Offers.AddNonceAsync("nonce-2", now.AddMinutes(5));

        var first = await storage.Offers.SpendNonceAsync("nonce-1", now);
        var again = await storage.Offers.SpendNonceAsync("nonce-1", now);
        var late = await storage.Offers.SpendNonceAsync("nonce-2", now.AddMinutes(5));
        var unknown = await storage.Offers.SpendNonceAsync("nonce-9", now);

        first.Should().BeTrue();
        again.Should().BeFalse();
        late.Should().BeFalse();
        unknown.Should().BeFalse();
    }

    [ContractFact]
    public async Task EraseLearnerAsync_DeletesTheLearnersOffers()
    {
        var storage = await OpenAsync();
        var reservation = Reservation("urn:uuid:e1");
        await storage.Credentials.ReserveManyAsync([reservation]);
        await storage.Offers.CreateAsync(Offer("offer-1", "urn:uuid:e1", "code-1") with { Issuer = reservation.Issuer });

        await storage.Erasure.EraseLearnerAsync(reservation.Issuer, reservation.LearnerReference, "registrar", Time.GetUtcNow());

        (await storage.Offers.FindAsync("offer-1")).Should().BeNull();
        (await storage.Offers.RedeemAsync(Redemption("code-1"))).Outcome.Should().Be(OfferRedemptionOutcome.Unknown);
    }

    private CredentialOfferRecord Offer(string id, string credentialId, string code, string? batch = null, string? tx = null) =>
        new(id, "did:web:uni.example", credentialId, batch, "{\"award\":1}", code, tx, Time.GetUtcNow(), Time.GetUtcNow().AddDays(30));

    private OfferRedemptionRequest Redemption(string code, string? tx = null, string access = "access") =>
        new(code, tx, access, Time.GetUtcNow().AddMinutes(10), Time.GetUtcNow(), MaxTxCodeFailures: 5);
}
