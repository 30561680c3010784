using Credentials.Issuer.Wallet;

namespace Credentials.Issuer.Batches;

/// <summary>
/// A batch's wallet offers (issue 20): one OpenID4VCI credential offer per learner credential of the batch, made when
/// the issuer asks, each redeemable once. The pre-authorized codes and tx_codes are in the answer only; the registry
/// keeps their hashes, so a second call makes new offers and the first ones stay valid until redeemed or expired.
/// </summary>
public sealed class BatchOffers
{
    private readonly CredentialOffers _offers;

    /// <summary>Creates the use case over the offer maker.</summary>
    public BatchOffers(CredentialOffers offers)
    {
        ArgumentNullException.ThrowIfNull(offers);
        _offers = offers;
    }

    /// <summary>Makes an offer for each of <paramref name="credentialIds"/> (the batch's rows, in order) of <paramref name="issuer"/>'s.</summary>
    /// <returns>One entry per credential, in order; a revoked credential or one whose content the registry does not keep gets none.</returns>
    public async Task<IReadOnlyList<BatchOffer>> MakeAsync(
        string issuer, string batchId, IReadOnlyList<string> credentialIds, bool withTxCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        ArgumentNullException.ThrowIfNull(credentialIds);
        var made = new List<BatchOffer>(credentialIds.Count);
        foreach (var id in credentialIds)
        {
            var outcome = await _offers.CreateForRegistryAsync(issuer, id, withTxCode, batchId, cancellationToken).ConfigureAwait(false);
            made.Add(new BatchOffer(id, outcome.Offer, outcome.Problem));
        }

        return made;
    }
}
