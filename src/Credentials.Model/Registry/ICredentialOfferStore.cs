namespace Credentials.Model.Registry;

/// <summary>OpenID4VCI credential offers and c_nonce values in the registry (issue 20).</summary>
public interface ICredentialOfferStore
{
    /// <summary>Stores a new offer; <see langword="false"/> when its id or code hash is already stored or its credential is unknown.</summary>
    Task<bool> CreateAsync(CredentialOfferRecord offer, CancellationToken cancellationToken = default);

    /// <summary>The offer with this id, in whatever state; <see langword="null"/> when none.</summary>
    Task<CredentialOfferRecord?> FindAsync(string offerId, CancellationToken cancellationToken = default);

    /// <summary>Every offer a batch made, by credential id.</summary>
    Task<IReadOnlyList<CredentialOfferRecord>> ListByBatchAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Redeems the offer with the request's code, atomically: of any number of requests with the same code, at most
    /// one gets <see cref="OfferRedemptionOutcome.Redeemed"/>. A wrong or missing tx_code is counted against the offer.
    /// </summary>
    Task<OfferRedemption> RedeemAsync(OfferRedemptionRequest request, CancellationToken cancellationToken = default);

    /// <summary>The redeemed, undelivered offer whose access token has this hash and is still valid at <paramref name="now"/>; <see langword="null"/> otherwise.</summary>
    Task<CredentialOfferRecord?> FindByAccessTokenAsync(string accessTokenHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Marks the offer delivered and deletes its award; <see langword="false"/> when it was delivered already (a racing request won).</summary>
    Task<bool> DeliverAsync(string offerId, string accessTokenHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Deletes the award of every offer that can no longer be delivered at <paramref name="now"/>, and spent-by-time nonces.</summary>
    /// <returns>How many awards it deleted.</returns>
    Task<int> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Stores a new c_nonce by its hash.</summary>
    Task AddNonceAsync(string nonceHash, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Spends a c_nonce: <see langword="true"/> for exactly one caller while it is unexpired at <paramref name="now"/>.</summary>
    Task<bool> SpendNonceAsync(string nonceHash, DateTimeOffset now, CancellationToken cancellationToken = default);
}
