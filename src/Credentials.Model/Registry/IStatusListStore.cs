namespace Credentials.Model.Registry;

/// <summary>
/// Status lists and status changes. Indexes are allocated by <see cref="ICredentialStore.ReserveManyAsync"/>, in the
/// same transaction as the registry row they belong to.
/// </summary>
public interface IStatusListStore
{
    /// <summary>Lists every status list, oldest first.</summary>
    Task<IReadOnlyList<StatusListInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads a list and its current bits; <see langword="null"/> when the id is unknown.</summary>
    Task<StatusListSnapshot?> ReadAsync(long listId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The indexes, in the revocation list <paramref name="revocationListId"/>, of the credentials that are suspended
    /// now: the Token Status List of that list reports them as SUSPENDED (issue 20), though their suspension bit lives
    /// in another list at another index. Empty for an unknown list.
    /// </summary>
    Task<IReadOnlyList<int>> ReadSuspendedIndexesAsync(long revocationListId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Revokes, suspends or reinstates a credential: changes its bit and appends an audit row in one transaction.
    /// Invalid transitions are reported in the result, never thrown.
    /// </summary>
    Task<StatusChangeResult> ChangeStatusAsync(StatusChangeRequest request, CancellationToken cancellationToken = default);

    /// <summary>The audit rows of one credential, oldest first.</summary>
    Task<IReadOnlyList<StatusAuditEntry>> GetAuditAsync(string credentialId, CancellationToken cancellationToken = default);

    /// <summary>The most recent audit rows of <paramref name="issuer"/>'s credentials, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StatusAuditEntry>> GetRecentAuditAsync(string issuer, int limit, CancellationToken cancellationToken = default);
}
