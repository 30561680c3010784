using System.Text.Json.Nodes;
using Credentials.Model.Registry;

namespace Credentials.Issuer.Wallet;

/// <summary>A new credential offer, with the secrets the registry does not keep: show them to the learner once.</summary>
/// <param name="Record">The offer as stored.</param>
/// <param name="PreAuthorizedCode">The pre-authorized code inside the offer.</param>
/// <param name="TxCode">The tx_code to deliver separately (e-mail, text message); null when none is asked.</param>
/// <param name="Offer">The credential offer object (OpenID4VCI 1.0 §4.1.1).</param>
/// <param name="Url">The offer by value: <c>openid-credential-offer://?credential_offer=…</c>.</param>
public sealed record CredentialOffer(CredentialOfferRecord Record, string PreAuthorizedCode, string? TxCode, JsonObject Offer, string Url);
