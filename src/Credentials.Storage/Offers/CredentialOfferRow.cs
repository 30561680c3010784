namespace Credentials.Storage.Offers;

/// <summary>A <c>credential_offers</c> row as Dapper reads it.</summary>
internal sealed class CredentialOfferRow
{
    public const string SelectColumns =
        "SELECT id AS Id, issuer AS Issuer, credential_id AS CredentialId, batch_id AS BatchId, award_json AS AwardJson, code_hash AS CodeHash, " +
        "tx_code_hash AS TxCodeHash, tx_code_failures AS TxCodeFailures, created_at_ms AS CreatedAtMs, expires_at_ms AS ExpiresAtMs, " +
        "redeemed_at_ms AS RedeemedAtMs, access_expires_at_ms AS AccessExpiresAtMs, delivered_at_ms AS DeliveredAtMs FROM credential_offers";

    public string Id { get; init; } = string.Empty;

    public string Issuer { get; init; } = string.Empty;

    public string CredentialId { get; init; } = string.Empty;

    public string? BatchId { get; init; }

    public string? AwardJson { get; init; }

    public string CodeHash { get; init; } = string.Empty;

    public string? TxCodeHash { get; init; }

    public long TxCodeFailures { get; init; }

    public long CreatedAtMs { get; init; }

    public long ExpiresAtMs { get; init; }

    public long? RedeemedAtMs { get; init; }

    public long? AccessExpiresAtMs { get; init; }

    public long? DeliveredAtMs { get; init; }
}
