using Credentials.Model.Status;

namespace Credentials.Model.Registry;

/// <summary>
/// A credential about to be signed: its registry row and the status purposes it needs entries for.
/// Reserving allocates the status-list indexes atomically with the row, before signing, because the indexes are part
/// of the signed credential.
/// </summary>
/// <param name="CredentialId">The credential's <c>id</c> (for example <c>urn:uuid:…</c>); unique.</param>
/// <param name="Issuer">The issuer's identifier (DID).</param>
/// <param name="LearnerReference">
/// A reference to the learner that is no more personal data than needed: a keyed hash, or the student number scoped to
/// the template; empty when the credential names no learner (a W3C credential whose subjects have no single id).
/// </param>
/// <param name="TemplateId">The micro-credential template id.</param>
/// <param name="Format">The securing format, for example <c>vc-jwt</c> or <c>eddsa-rdfc-2022</c>.</param>
/// <param name="IssuedAt">The issuance time written into the credential.</param>
/// <param name="Purposes">The status purposes to allocate an index for (each at most once).</param>
/// <param name="IdempotencyKey">When set, a second reservation with the same key returns the first credential.</param>
public sealed record CredentialReservation(
    string CredentialId,
    string Issuer,
    string LearnerReference,
    string TemplateId,
    string Format,
    DateTimeOffset IssuedAt,
    IReadOnlyList<StatusPurpose> Purposes,
    IdempotencyKey? IdempotencyKey = null)
{
    /// <summary>The learner's student number, recorded so that the registrar can find their credentials; optional.</summary>
    public string? StudentNumber { get; init; }
}
