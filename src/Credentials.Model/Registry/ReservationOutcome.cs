namespace Credentials.Model.Registry;

/// <summary>The result of reserving one credential.</summary>
/// <param name="Record">The registry row: the new one, or the existing one when the idempotency key was known.</param>
/// <param name="AlreadyExisted">
/// <see langword="true"/> when the idempotency key matched an earlier reservation; the caller must reuse
/// <paramref name="Record"/> (and, if it is only <see cref="CredentialRecordState.Reserved"/>, sign it with its
/// allocations) instead of issuing a second credential.
/// </param>
public sealed record ReservationOutcome(IssuedCredentialRecord Record, bool AlreadyExisted);
