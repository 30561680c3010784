namespace Credentials.Model.Registry;

/// <summary>
/// Signs freshly reserved credentials inside <see cref="ICredentialStore.RecordManyAsync"/>: receives the new registry
/// rows (ids and status allocations are final) and returns the exact bytes of each signed credential, in the same
/// order. It may be called again for the same chunk when the store retries after a concurrent writer's conflict; only
/// the last call's output is recorded.
/// </summary>
/// <param name="reserved">The new rows, in reservation order (idempotency hits are not included).</param>
/// <param name="cancellationToken">Cancels signing.</param>
public delegate ValueTask<IReadOnlyList<ReadOnlyMemory<byte>>> CredentialSigner(
    IReadOnlyList<IssuedCredentialRecord> reserved,
    CancellationToken cancellationToken);
