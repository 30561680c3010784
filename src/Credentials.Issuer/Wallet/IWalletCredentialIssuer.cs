namespace Credentials.Issuer.Wallet;

/// <summary>
/// Signs a learner's award as an SD-JWT VC for an EU wallet (issue 20). The OpenID4VCI credential endpoint calls it when
/// a wallet redeems an offer; the award is the same one the registry already holds, so the wallet credential shares the
/// registry row's status entries and is revoked or suspended with it.
/// </summary>
public interface IWalletCredentialIssuer
{
    /// <summary>Signs <paramref name="request"/>'s award, bound to its holder key.</summary>
    /// <returns>The issued SD-JWT VC.</returns>
    Task<WalletCredential> IssueAsync(WalletIssueRequest request, CancellationToken cancellationToken = default);
}
