namespace Credentials.Model.Registry;

/// <summary>
/// An OpenID4VCI credential offer of one registry credential (issue 20): redeemed once, with its pre-authorized code
/// (and tx_code when it has one), for a short-lived access token that fetches the wallet credential once.
/// </summary>
/// <param name="Id">Public identifier of the offer, safe to log.</param>
/// <param name="Issuer">The issuer's identifier, as in the registry row.</param>
/// <param name="CredentialId">The registry row of the learner's award.</param>
/// <param name="BatchId">The batch that made the offer; null for an offer made for one credential.</param>
/// <param name="AwardJson">The unsigned award the wallet credential is made of; null once delivered, expired or erased.</param>
/// <param name="CodeHash">SHA-256 of the pre-authorized code, lowercase hex (the code itself is never stored).</param>
/// <param name="TxCodeHash">HMAC-SHA-256 of the tx_code keyed by the pre-authorized code, lowercase hex; null when none is asked.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When its code stops working.</param>
public sealed record CredentialOfferRecord(
    string Id,
    string Issuer,
    string CredentialId,
    string? BatchId,
    string? AwardJson,
    string CodeHash,
    string? TxCodeHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>When the code was exchanged for an access token; null while unredeemed.</summary>
    public DateTimeOffset? RedeemedAt { get; init; }

    /// <summary>When the access token stops working; null while unredeemed.</summary>
    public DateTimeOffset? AccessExpiresAt { get; init; }

    /// <summary>When the wallet credential was delivered; null until then.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Wrong tx_codes sent so far.</summary>
    public int TxCodeFailures { get; init; }
}
