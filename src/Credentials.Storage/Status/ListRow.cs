namespace Credentials.Storage.Status;

/// <summary>A <c>status_lists</c> row as Dapper reads it.</summary>
internal sealed class ListRow
{
    public const string InfoColumns =
        "SELECT id AS Id, purpose AS Purpose, length AS Length, allocated_count AS AllocatedCount, " +
        "created_at_ms AS CreatedAtMs, updated_at_ms AS UpdatedAtMs, issuer AS Issuer FROM status_lists";

    public long Id { get; set; }

    public string Purpose { get; set; } = string.Empty;

    public long Length { get; set; }

    public long AllocatedCount { get; set; }

    public long CreatedAtMs { get; set; }

    public long UpdatedAtMs { get; set; }

    public byte[]? Allocated { get; set; }

    public byte[]? Bits { get; set; }

    public string? Issuer { get; set; }
}
