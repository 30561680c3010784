using System.Data.Common;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Storage.Dialects;

namespace Credentials.Storage.Status;

/// <summary>
/// Hands out status-list indexes inside the caller's write transaction: one locked read and one write of the list's
/// allocation bitmap per list and chunk, however many indexes the chunk needs.
/// </summary>
internal sealed class StatusIndexReserver(SqlDialect dialect, int newListLength)
{
    private static readonly StatusPurpose[] Purposes = [StatusPurpose.Revocation, StatusPurpose.Suspension];

    private readonly StatusListRows lists = new(dialect);

    /// <summary>Allocates, for each request, one index per purpose it asks for; opens new lists when one fills up.</summary>
    /// <returns>The allocations, indexed like <paramref name="requests"/>.</returns>
    public async Task<List<StatusAllocation>[]> ReserveAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<(string Issuer, IReadOnlyList<StatusPurpose> Purposes)> requests,
        long nowMs,
        CancellationToken cancellationToken)
    {
        var result = new List<StatusAllocation>[requests.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new List<StatusAllocation>(2);
        }

        // Each issuer has lists of its own (only its key signs them). Issuers and purposes in a fixed order, so
        // concurrent writers lock lists in the same order and cannot deadlock.
        foreach (var issuer in requests.Select(r => r.Issuer).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            foreach (var purpose in Purposes)
            {
                await ReserveAsync(connection, transaction, requests, issuer, purpose, result, nowMs, cancellationToken).ConfigureAwait(false);
            }
        }

        return result;
    }

    private async Task ReserveAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<(string Issuer, IReadOnlyList<StatusPurpose> Purposes)> requests,
        string issuer,
        StatusPurpose purpose,
        List<StatusAllocation>[] result,
        long nowMs,
        CancellationToken cancellationToken)
    {
        var needing = Enumerable.Range(0, requests.Count).Where(i => requests[i].Issuer == issuer && requests[i].Purposes.Contains(purpose)).ToList();
        var next = 0;
        while (next < needing.Count)
        {
            var list = await lists.LockOpenListAsync(connection, transaction, issuer, purpose, newListLength, nowMs, cancellationToken).ConfigureAwait(false);
            var allocated = BitstringStatusList.FromBytes(list.Allocated);
            var picked = IndexAllocator.Allocate(allocated, needing.Count - next);
            await lists.SaveAllocatedAsync(connection, transaction, list.Id, allocated, cancellationToken).ConfigureAwait(false);
            foreach (var index in picked)
            {
                result[needing[next++]].Add(new StatusAllocation(purpose, list.Id, index));
            }
        }
    }
}
