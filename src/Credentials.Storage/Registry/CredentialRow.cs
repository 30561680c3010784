namespace Credentials.Storage.Registry;

/// <summary>A <c>credentials</c> row as Dapper reads it.</summary>
internal sealed class CredentialRow
{
    public const string SelectColumns =
        "SELECT id AS Id, issuer AS Issuer, learner_ref AS LearnerRef, template_id AS TemplateId, format AS Format, " +
        "issued_at_ms AS IssuedAtMs, idempotency_key AS IdempotencyKey, state AS State, status AS Status, " +
        "sha256 AS Sha256, content AS Content, student_number AS StudentNumber FROM credentials";

    public string Id { get; set; } = string.Empty;

    public string Issuer { get; set; } = string.Empty;

    public string LearnerRef { get; set; } = string.Empty;

    public string TemplateId { get; set; } = string.Empty;

    public string Format { get; set; } = string.Empty;

    public long IssuedAtMs { get; set; }

    public string? IdempotencyKey { get; set; }

    public long State { get; set; }

    public long Status { get; set; }

    public byte[]? Sha256 { get; set; }

    public byte[]? Content { get; set; }

    public string? StudentNumber { get; set; }
}
