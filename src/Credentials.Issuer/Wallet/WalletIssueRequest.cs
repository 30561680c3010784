using System.Text.Json.Nodes;
using Credentials.Model.Registry;

namespace Credentials.Issuer.Wallet;

/// <summary>What a wallet credential is made of.</summary>
/// <param name="CredentialId">The registry row's credential id (the award the offer was made for).</param>
/// <param name="Issuer">The issuer's identifier, as recorded in the registry row.</param>
/// <param name="Credential">The award as the unsigned ELM <c>EuropeanDigitalCredential</c> JSON-LD document the batch built.</param>
/// <param name="Status">The registry row's status entries (revocation, suspension).</param>
/// <param name="HolderKey">The public JWK the wallet proved possession of; it becomes the credential's <c>cnf.jwk</c>.</param>
public sealed record WalletIssueRequest(
    string CredentialId,
    string Issuer,
    JsonObject Credential,
    IReadOnlyList<StatusAllocation> Status,
    JsonObject HolderKey);
