namespace Credentials.Model.Registry;

/// <summary>The issuance registry: which credentials were issued, to whom (by reference), and where their status lives.</summary>
public interface ICredentialStore
{
    /// <summary>
    /// Reserves registry rows and allocates their status-list indexes at random, all in one transaction. A reservation
    /// whose idempotency key is already known (in the store or earlier in the same call) is not inserted: its outcome
    /// carries the existing row with <see cref="ReservationOutcome.AlreadyExisted"/> set.
    /// </summary>
    /// <returns>One outcome per reservation, in order.</returns>
    /// <exception cref="ArgumentException">Two reservations share a credential id, or one lists a purpose twice.</exception>
    Task<IReadOnlyList<ReservationOutcome>> ReserveManyAsync(
        IReadOnlyList<CredentialReservation> reservations,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The one-transaction form of <see cref="ReserveManyAsync"/> + <see cref="CompleteManyAsync"/> for bulk issuance:
    /// reserves the rows and their random status indexes, hands the new rows to <paramref name="signer"/>, and stores
    /// them already issued (SHA-256, and the content when enabled) in the same transaction. Idempotency hits are
    /// returned as they are stored and not signed again; one that is only reserved (an interrupted two-step issue) must
    /// be finished with <see cref="CompleteManyAsync"/>.
    /// </summary>
    /// <returns>One outcome per reservation, in order.</returns>
    /// <exception cref="ArgumentException">As for <see cref="ReserveManyAsync"/>.</exception>
    /// <exception cref="InvalidOperationException">The signer returned a different number of credentials than it was given.</exception>
    Task<IReadOnlyList<ReservationOutcome>> RecordManyAsync(
        IReadOnlyList<CredentialReservation> reservations,
        CredentialSigner signer,
        CancellationToken cancellationToken = default);

    /// <summary>Records the signed credentials of earlier reservations (SHA-256, and the content when enabled), in one transaction.</summary>
    /// <returns>One outcome per completion, in order.</returns>
    Task<IReadOnlyList<CompletionOutcome>> CompleteManyAsync(
        IReadOnlyList<CredentialCompletion> completions,
        CancellationToken cancellationToken = default);

    /// <summary>Gets a registry row by credential id; <see langword="null"/> when unknown.</summary>
    Task<IssuedCredentialRecord?> GetAsync(string credentialId, CancellationToken cancellationToken = default);

    /// <summary>Finds the registry row reserved under <paramref name="key"/>; <see langword="null"/> when none.</summary>
    Task<IssuedCredentialRecord?> FindByIdempotencyKeyAsync(IdempotencyKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// The credentials of <paramref name="issuer"/> recorded with <paramref name="studentNumber"/>, of one template
    /// when <paramref name="templateId"/> is given, oldest first.
    /// </summary>
    Task<IReadOnlyList<IssuedCredentialRecord>> FindByStudentNumberAsync(
        string issuer, string studentNumber, string? templateId = null, CancellationToken cancellationToken = default);
}
