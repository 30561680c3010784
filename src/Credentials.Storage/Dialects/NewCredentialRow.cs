namespace Credentials.Storage.Dialects;

/// <summary>A registry row to insert in bulk.</summary>
internal sealed record NewCredentialRow(
    string Id,
    string Issuer,
    string LearnerRef,
    string TemplateId,
    string Format,
    long IssuedAtMs,
    string? IdempotencyKey,
    long CreatedAtMs,
    long State,
    byte[]? Sha256,
    byte[]? Content,
    string? StudentNumber);
