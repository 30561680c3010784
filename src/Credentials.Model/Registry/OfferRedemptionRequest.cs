namespace Credentials.Model.Registry;

/// <summary>A token request's pre-authorized code, as the store compares it, and the access token it is to get.</summary>
/// <param name="CodeHash">SHA-256 of the pre-authorized code, lowercase hex.</param>
/// <param name="TxCodeHash">HMAC-SHA-256 of the tx_code sent, keyed by the code, lowercase hex; null when none was sent.</param>
/// <param name="AccessTokenHash">SHA-256 of the access token to bind to the offer, lowercase hex.</param>
/// <param name="AccessExpiresAt">When that access token stops working.</param>
/// <param name="Now">The time of the request.</param>
/// <param name="MaxTxCodeFailures">Wrong tx_codes after which the offer cannot be redeemed any more.</param>
public sealed record OfferRedemptionRequest(
    string CodeHash,
    string? TxCodeHash,
    string AccessTokenHash,
    DateTimeOffset AccessExpiresAt,
    DateTimeOffset Now,
    int MaxTxCodeFailures);
