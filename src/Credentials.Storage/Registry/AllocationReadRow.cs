namespace Credentials.Storage.Registry;

/// <summary>A <c>status_allocations</c> row as Dapper reads it.</summary>
internal sealed class AllocationReadRow
{
    public const string SelectColumns =
        "SELECT credential_id AS CredentialId, purpose AS Purpose, list_id AS ListId, idx AS Idx FROM status_allocations";

    public string CredentialId { get; set; } = string.Empty;

    public string Purpose { get; set; } = string.Empty;

    public long ListId { get; set; }

    public long Idx { get; set; }
}
