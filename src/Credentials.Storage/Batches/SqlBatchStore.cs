using System.Data.Common;
using System.Text.Json;
using Credentials.Model.Registry;
using Credentials.Storage.Dialects;
using Dapper;

namespace Credentials.Storage.Batches;

/// <summary>Batch jobs and per-row results over Dapper, for SQLite and PostgreSQL.</summary>
internal sealed class SqlBatchStore(SqlDialect dialect, TimeProvider time) : IBatchStore
{
    public async Task<(BatchRecord Batch, bool Resumed)> StartAsync(
        string batchId,
        string templateId,
        int totalRows,
        string? issuer = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        ArgumentException.ThrowIfNullOrEmpty(templateId);
        ArgumentOutOfRangeException.ThrowIfNegative(totalRows);
        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();

        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var inserted = await connection.ExecuteAsync(Command(
            "INSERT INTO batches (id, template_id, total_rows, issued_rows, failed_rows, state, created_at_ms, updated_at_ms, issuer) " +
            "VALUES (@id, @template, @total, 0, 0, @state, @now, @now, @issuer) ON CONFLICT (id) DO NOTHING",
            transaction,
            new { id = batchId, template = templateId, total = (long)totalRows, state = (long)BatchState.Running, now = nowMs, issuer },
            cancellationToken)).ConfigureAwait(false);
        if (inserted == 0)
        {
            await connection.ExecuteAsync(Command(
                "UPDATE batches SET state = @state, updated_at_ms = @now WHERE id = @id",
                transaction,
                new { id = batchId, state = (long)BatchState.Running, now = nowMs },
                cancellationToken)).ConfigureAwait(false);
        }

        var row = await connection.QuerySingleAsync<BatchRow>(Command(
            BatchRow.SelectColumns + " WHERE id = @id", transaction, new { id = batchId }, cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (ToRecord(row), inserted == 0);
    }

    public async Task<bool> RecordRowsAsync(string batchId, IReadOnlyList<BatchRowResult> rows, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        ArgumentNullException.ThrowIfNull(rows);
        var payload = rows.Select(r =>
        {
            ArgumentNullException.ThrowIfNull(r);
            if (!Enum.IsDefined(r.Outcome))
            {
                throw new ArgumentException($"Row {r.RowNumber} has an undefined outcome.", nameof(rows));
            }

            return new BatchRowResultRow { RowNumber = r.RowNumber, Outcome = (long)r.Outcome, CredentialId = r.CredentialId, Error = r.Error };
        }).ToList();
        if (payload.Select(p => p.RowNumber).Distinct().Count() != payload.Count)
        {
            throw new ArgumentException("A row number appears twice in one call.", nameof(rows));
        }

        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var exists = await connection.ExecuteScalarAsync<string?>(Command(
            "SELECT id FROM batches WHERE id = @id" + dialect.ForUpdate,
            transaction,
            new { id = batchId },
            cancellationToken)).ConfigureAwait(false);
        if (exists is null)
        {
            return false;
        }

        if (payload.Count > 0)
        {
            await connection.ExecuteAsync(Command(
                dialect.UpsertBatchRowsSql,
                transaction,
                new { batch = batchId, rows = JsonSerializer.Serialize(payload) },
                cancellationToken)).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(Command(
            "UPDATE batches SET " +
            "issued_rows = (SELECT COUNT(*) FROM batch_rows WHERE batch_id = @id AND outcome IN (1, 2)), " +
            "failed_rows = (SELECT COUNT(*) FROM batch_rows WHERE batch_id = @id AND outcome = 3), " +
            "updated_at_ms = @now WHERE id = @id",
            transaction,
            new { id = batchId, now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> SetStateAsync(string batchId, BatchState state, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        if (!Enum.IsDefined(state))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown batch state.");
        }

        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(Command(
            "UPDATE batches SET state = @state, updated_at_ms = @now WHERE id = @id",
            null,
            new { id = batchId, state = (long)state, now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken)).ConfigureAwait(false);
        return changed > 0;
    }

    public async Task<BatchRecord?> GetAsync(string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batchId);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<BatchRow>(Command(
            BatchRow.SelectColumns + " WHERE id = @id", null, new { id = batchId }, cancellationToken)).ConfigureAwait(false);
        return row is null ? null : ToRecord(row);
    }

    public async Task<IReadOnlyList<BatchRowResult>> GetRowsAsync(string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batchId);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<BatchRowResultRow>(Command(
            "SELECT row_number AS RowNumber, outcome AS Outcome, credential_id AS CredentialId, error AS Error " +
            "FROM batch_rows WHERE batch_id = @id ORDER BY row_number",
            null,
            new { id = batchId },
            cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new BatchRowResult(checked((int)r.RowNumber), (BatchRowOutcome)r.Outcome, r.CredentialId, r.Error)).ToList();
    }

    private static BatchRecord ToRecord(BatchRow row) => new(
        row.Id,
        row.TemplateId,
        checked((int)row.TotalRows),
        checked((int)row.IssuedRows),
        checked((int)row.FailedRows),
        (BatchState)row.State,
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs),
        DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedAtMs))
    {
        Issuer = row.Issuer,
    };

    private CommandDefinition Command(string sql, DbTransaction? transaction, object? parameters, CancellationToken cancellationToken)
        => new(sql, parameters, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken);
}
