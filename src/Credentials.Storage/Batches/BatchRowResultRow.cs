using System.Text.Json.Serialization;

namespace Credentials.Storage.Batches;

/// <summary>A <c>batch_rows</c> row, read by Dapper and written as JSON for the one-statement upsert.</summary>
internal sealed class BatchRowResultRow
{
    [JsonPropertyName("r")]
    public long RowNumber { get; set; }

    [JsonPropertyName("o")]
    public long Outcome { get; set; }

    [JsonPropertyName("c")]
    public string? CredentialId { get; set; }

    [JsonPropertyName("e")]
    public string? Error { get; set; }
}
