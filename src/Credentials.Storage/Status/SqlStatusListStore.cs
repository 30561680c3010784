using System.Data.Common;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Storage.Dialects;
using Credentials.Storage.Registry;
using Dapper;

namespace Credentials.Storage.Status;

/// <summary>Status lists and status changes over Dapper, for SQLite and PostgreSQL.</summary>
internal sealed class SqlStatusListStore(SqlDialect dialect, TimeProvider time) : IStatusListStore
{
    private readonly StatusListRows lists = new(dialect);

    public async Task<IReadOnlyList<StatusListInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ListRow>(Command(ListRow.InfoColumns + " ORDER BY id", null, null, cancellationToken)).ConfigureAwait(false);
        return rows.Select(ToInfo).ToList();
    }

    public async Task<StatusListSnapshot?> ReadAsync(long listId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<ListRow>(Command(
            "SELECT id AS Id, purpose AS Purpose, length AS Length, allocated_count AS AllocatedCount, " +
            "created_at_ms AS CreatedAtMs, updated_at_ms AS UpdatedAtMs, bits AS Bits, issuer AS Issuer FROM status_lists WHERE id = @id",
            null,
            new { id = listId },
            cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new StatusListSnapshot(ToInfo(row), BitstringStatusList.FromBytes(row.Bits));
    }

    public async Task<IReadOnlyList<int>> ReadSuspendedIndexesAsync(long revocationListId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var indexes = await connection.QueryAsync<int>(Command(
            "SELECT a.idx FROM status_allocations a JOIN credentials c ON c.id = a.credential_id " +
            "WHERE a.list_id = @id AND a.purpose = 'revocation' AND c.status = @suspended ORDER BY a.idx",
            null,
            new { id = revocationListId, suspended = (int)CredentialStatusState.Suspended },
            cancellationToken)).ConfigureAwait(false);
        return indexes.AsList();
    }

    public async Task<StatusChangeResult> ChangeStatusAsync(StatusChangeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.CredentialId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Actor);
        ArgumentNullException.ThrowIfNull(request.Reason);
        var purpose = StatusTransitions.PurposeOf(request.Action);

        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var found = await connection.QueryFirstOrDefaultAsync<StatusOwnerRow>(Command(
            "SELECT status AS Status, issuer AS Issuer FROM credentials WHERE id = @id" + dialect.ForUpdate,
            transaction,
            new { id = request.CredentialId },
            cancellationToken)).ConfigureAwait(false);
        if (found is null)
        {
            return new StatusChangeResult(StatusChangeOutcome.NotFound, null, null);
        }

        var current = (CredentialStatusState)found.Status;
        if (request.Issuer is { } actingFor && !string.Equals(actingFor, found.Issuer, StringComparison.Ordinal))
        {
            return new StatusChangeResult(StatusChangeOutcome.WrongIssuer, current, current) { CredentialIssuer = found.Issuer };
        }
        var allocation = await connection.QueryFirstOrDefaultAsync<AllocationReadRow>(Command(
            AllocationReadRow.SelectColumns + " WHERE credential_id = @id AND purpose = @purpose",
            transaction,
            new { id = request.CredentialId, purpose = purpose.ToName() },
            cancellationToken)).ConfigureAwait(false);
        var (outcome, next) = StatusTransitions.Decide(current, request.Action);
        if (outcome == StatusChangeOutcome.Changed && allocation is null)
        {
            outcome = StatusChangeOutcome.NoStatusEntry;
        }

        if (outcome != StatusChangeOutcome.Changed)
        {
            return new StatusChangeResult(outcome, current, current) { CredentialIssuer = found.Issuer };
        }

        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        var raw = await lists.LockBitsAsync(connection, transaction, allocation!.ListId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Status list {allocation.ListId} is missing.");
        var bits = BitstringStatusList.FromBytes(raw);
        bits.Set(checked((int)allocation.Idx), request.Action != StatusAction.Reinstate);
        await lists.SaveBitsAsync(connection, transaction, allocation.ListId, bits, nowMs, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(Command(
            "UPDATE credentials SET status = @status WHERE id = @id",
            transaction,
            new { status = (long)next, id = request.CredentialId },
            cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(Command(
            "INSERT INTO status_audit (credential_id, action, purpose, list_id, idx, old_state, new_state, actor, reason, at_ms) " +
            "VALUES (@id, @action, @purpose, @list, @idx, @old, @new, @actor, @reason, @at)",
            transaction,
            new
            {
                id = request.CredentialId,
                action = (long)request.Action,
                purpose = purpose.ToName(),
                list = allocation.ListId,
                idx = allocation.Idx,
                old = (long)current,
                @new = (long)next,
                actor = request.Actor,
                reason = request.Reason,
                at = nowMs,
            },
            cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StatusChangeResult(StatusChangeOutcome.Changed, current, next) { CredentialIssuer = found.Issuer };
    }

    public async Task<IReadOnlyList<StatusAuditEntry>> GetAuditAsync(string credentialId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentialId);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AuditRow>(Command(
            AuditRow.SelectColumns + " WHERE credential_id = @id ORDER BY seq",
            null,
            new { id = credentialId },
            cancellationToken)).ConfigureAwait(false);
        return ToEntries(rows);
    }

    public async Task<IReadOnlyList<StatusAuditEntry>> GetRecentAuditAsync(string issuer, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AuditRow>(Command(
            AuditRow.SelectColumns + " WHERE credential_id IN (SELECT id FROM credentials WHERE issuer = @issuer) ORDER BY seq DESC LIMIT @limit",
            null,
            new { issuer, limit = (long)limit },
            cancellationToken)).ConfigureAwait(false);
        return ToEntries(rows);
    }

    private static List<StatusAuditEntry> ToEntries(IEnumerable<AuditRow> rows)
    {
        return rows.Select(r => new StatusAuditEntry(
                r.Seq,
                r.CredentialId,
                (StatusAction)r.Action,
                RecordMapper.ParsePurpose(r.Purpose),
                r.ListId,
                checked((int)r.Idx),
                (CredentialStatusState)r.OldState,
                (CredentialStatusState)r.NewState,
                r.Actor,
                r.Reason,
                DateTimeOffset.FromUnixTimeMilliseconds(r.AtMs)))
            .ToList();
    }

    private static StatusListInfo ToInfo(ListRow row) => new(
        row.Id,
        RecordMapper.ParsePurpose(row.Purpose),
        checked((int)row.Length),
        checked((int)row.AllocatedCount),
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs),
        DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedAtMs))
    {
        Issuer = row.Issuer,
    };

    private CommandDefinition Command(string sql, DbTransaction? transaction, object? parameters, CancellationToken cancellationToken)
        => new(sql, parameters, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken);
}
