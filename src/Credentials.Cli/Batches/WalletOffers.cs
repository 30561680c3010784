using Credentials.Issuer.Batches;
using Credentials.Issuer.Wallet;
using Credentials.Storage;

namespace Credentials.Cli.Batches;

/// <summary>
/// <c>issue-batch --wallet-offers</c>: after the run has committed, one OpenID4VCI offer per delivered learner, in the
/// registry the service at <c>--verify-url</c> serves (its credential issuer identifier), by credential id.
/// </summary>
internal static class WalletOffers
{
    public static async Task<IReadOnlyDictionary<string, CredentialOffer>> MakeAsync(
        RegistryStorage storage, string issuer, string batchLabel, string serviceUrl, FolderBatchOutput output, bool withTxCodes, CancellationToken cancellationToken)
    {
        var options = new WalletIssuanceOptions { CredentialIssuer = serviceUrl.TrimEnd('/') };
        var offers = new BatchOffers(new CredentialOffers(storage.Offers, storage.Credentials, options, TimeProvider.System));
        var made = await offers.MakeAsync(issuer, batchLabel, [.. output.Delivered.Select(d => d.Learner.CredentialId)], withTxCodes, cancellationToken).ConfigureAwait(false);
        return made.Where(m => m.Offer is not null).ToDictionary(m => m.CredentialId, m => m.Offer!, StringComparer.Ordinal);
    }
}
