namespace Credentials.Model.Registry;

/// <summary>Erasure of a learner's data on request (GDPR Art. 17), as far as a registry of issued credentials can go.</summary>
public interface IErasureStore
{
    /// <summary>
    /// In one transaction, for every credential of <paramref name="issuer"/> issued to <paramref name="learnerReference"/>
    /// (a student number: the reference of a credential issued alone, or the end of a batch's <c>template:number</c>):
    /// deletes the stored content, withdraws every share link (they then say so), and records the erasure with
    /// <paramref name="actor"/>. The rows themselves (id, SHA-256, status and its audit trail) stay, so revocation and
    /// idempotent re-runs keep working.
    /// </summary>
    /// <returns>The credentials erased, and how many share links were withdrawn; no credentials when the learner has none.</returns>
    Task<ErasureResult> EraseLearnerAsync(string issuer, string learnerReference, string actor, DateTimeOffset now, CancellationToken cancellationToken = default);
}
