namespace Credentials.Storage.Batches;

/// <summary>A <c>batches</c> row as Dapper reads it.</summary>
internal sealed class BatchRow
{
    public const string SelectColumns =
        "SELECT id AS Id, template_id AS TemplateId, total_rows AS TotalRows, issued_rows AS IssuedRows, " +
        "failed_rows AS FailedRows, state AS State, created_at_ms AS CreatedAtMs, updated_at_ms AS UpdatedAtMs, issuer AS Issuer FROM batches";

    public string Id { get; set; } = string.Empty;

    public string TemplateId { get; set; } = string.Empty;

    public long TotalRows { get; set; }

    public long IssuedRows { get; set; }

    public long FailedRows { get; set; }

    public long State { get; set; }

    public long CreatedAtMs { get; set; }

    public long UpdatedAtMs { get; set; }

    public string? Issuer { get; set; }
}
