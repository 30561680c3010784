namespace Credentials.Storage.ShareLinks;

/// <summary>A <c>share_links</c> row as Dapper reads it.</summary>
internal sealed class ShareLinkRow
{
    public const string SelectColumns =
        "SELECT id AS Id, token AS Token, credential_id AS CredentialId, created_at_ms AS CreatedAtMs, expires_at_ms AS ExpiresAtMs, " +
        "revoked_at_ms AS RevokedAtMs, withdrawn_at_ms AS WithdrawnAtMs, opens AS Opens FROM share_links";

    public string Id { get; init; } = string.Empty;

    public string Token { get; init; } = string.Empty;

    public string CredentialId { get; init; } = string.Empty;

    public long CreatedAtMs { get; init; }

    public long ExpiresAtMs { get; init; }

    public long? RevokedAtMs { get; init; }

    public long? WithdrawnAtMs { get; init; }

    public long Opens { get; init; }
}
