namespace Credentials.Model.Registry;

/// <summary>A batch issuance job.</summary>
/// <param name="BatchId">The batch id (for example a hash of the input file, so a re-run finds the same batch).</param>
/// <param name="TemplateId">The micro-credential template the batch issues.</param>
/// <param name="TotalRows">Rows in the input.</param>
/// <param name="IssuedRows">Rows with a credential (new or existing).</param>
/// <param name="FailedRows">Rows that failed.</param>
/// <param name="State">The job's state.</param>
/// <param name="CreatedAt">When the batch was first started.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record BatchRecord(
    string BatchId,
    string TemplateId,
    int TotalRows,
    int IssuedRows,
    int FailedRows,
    BatchState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The issuer (DID) whose key started the batch; <see langword="null"/> for a batch that predates it and issued nothing.</summary>
    public string? Issuer { get; init; }
}
