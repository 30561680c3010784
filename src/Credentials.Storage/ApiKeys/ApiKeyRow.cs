namespace Credentials.Storage.ApiKeys;

/// <summary>An <c>api_keys</c> row as Dapper reads it.</summary>
internal sealed class ApiKeyRow
{
    public const string SelectColumns =
        "SELECT id AS Id, name AS Name, issuer AS Issuer, created_at_ms AS CreatedAtMs, revoked_at_ms AS RevokedAtMs FROM api_keys";

    public string Id { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string Issuer { get; init; } = string.Empty;

    public long CreatedAtMs { get; init; }

    public long? RevokedAtMs { get; init; }
}
