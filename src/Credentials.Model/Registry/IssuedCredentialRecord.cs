namespace Credentials.Model.Registry;

/// <summary>A row of the issuance registry.</summary>
/// <param name="CredentialId">The credential's <c>id</c>.</param>
/// <param name="Issuer">The issuer's identifier.</param>
/// <param name="LearnerReference">The learner reference given at reservation.</param>
/// <param name="TemplateId">The micro-credential template id.</param>
/// <param name="Format">The securing format.</param>
/// <param name="IssuedAt">The issuance time.</param>
/// <param name="IdempotencyKey">The stored idempotency key (<see cref="Registry.IdempotencyKey.ToStorageKey"/>), if any.</param>
/// <param name="State">Reserved or issued.</param>
/// <param name="Status">Active, suspended or revoked.</param>
/// <param name="StatusAllocations">The credential's status-list entries.</param>
/// <param name="Sha256">SHA-256 of the issued credential's bytes; empty while <see cref="CredentialRecordState.Reserved"/>.</param>
/// <param name="Content">The issued credential, only when the operator enabled storing it; otherwise empty.</param>
public sealed record IssuedCredentialRecord(
    string CredentialId,
    string Issuer,
    string LearnerReference,
    string TemplateId,
    string Format,
    DateTimeOffset IssuedAt,
    string? IdempotencyKey,
    CredentialRecordState State,
    CredentialStatusState Status,
    IReadOnlyList<StatusAllocation> StatusAllocations,
    ReadOnlyMemory<byte> Sha256,
    ReadOnlyMemory<byte> Content)
{
    /// <summary>The student number recorded with the credential; null when none was given.</summary>
    public string? StudentNumber { get; init; }
}
