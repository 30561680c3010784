using System.Data.Common;
using Credentials.Model.Status;
using Credentials.Storage.Dialects;
using Dapper;

namespace Credentials.Storage.Status;

/// <summary>Reads and writes <c>status_lists</c> rows inside a caller's write transaction.</summary>
internal sealed class StatusListRows(SqlDialect dialect)
{
    /// <summary>Locks the oldest list of <paramref name="issuer"/> and <paramref name="purpose"/> with free indexes, or opens a new one.</summary>
    public async Task<ListRow> LockOpenListAsync(
        DbConnection connection,
        DbTransaction transaction,
        string issuer,
        StatusPurpose purpose,
        int newListLength,
        long nowMs,
        CancellationToken cancellationToken)
    {
        var open = await connection.QueryFirstOrDefaultAsync<ListRow>(Command(
            "SELECT id AS Id, purpose AS Purpose, length AS Length, allocated_count AS AllocatedCount, allocated AS Allocated " +
            "FROM status_lists WHERE issuer = @issuer AND purpose = @purpose AND allocated_count < length ORDER BY id LIMIT 1" + dialect.ForUpdate,
            transaction,
            new { issuer, purpose = purpose.ToName() },
            cancellationToken)).ConfigureAwait(false);
        if (open is not null)
        {
            return open;
        }

        var empty = new byte[newListLength / 8];
        var id = await connection.ExecuteScalarAsync<long>(Command(
            "INSERT INTO status_lists (issuer, purpose, length, allocated_count, allocated, bits, created_at_ms, updated_at_ms) " +
            "VALUES (@issuer, @purpose, @length, 0, @empty, @empty, @now, @now) RETURNING id",
            transaction,
            new { issuer, purpose = purpose.ToName(), length = (long)newListLength, empty, now = nowMs },
            cancellationToken)).ConfigureAwait(false);
        return new ListRow { Id = id, Purpose = purpose.ToName(), Length = newListLength, Allocated = empty };
    }

    public Task SaveAllocatedAsync(
        DbConnection connection,
        DbTransaction transaction,
        long listId,
        BitstringStatusList allocated,
        CancellationToken cancellationToken)
        => connection.ExecuteAsync(Command(
            "UPDATE status_lists SET allocated = @allocated, allocated_count = @count WHERE id = @id",
            transaction,
            new { allocated = allocated.ToArray(), count = (long)allocated.CountSet(), id = listId },
            cancellationToken));

    /// <summary>Locks one list and reads its status bits.</summary>
    public Task<byte[]?> LockBitsAsync(DbConnection connection, DbTransaction transaction, long listId, CancellationToken cancellationToken)
        => connection.ExecuteScalarAsync<byte[]?>(Command(
            "SELECT bits FROM status_lists WHERE id = @id" + dialect.ForUpdate,
            transaction,
            new { id = listId },
            cancellationToken));

    public Task SaveBitsAsync(
        DbConnection connection,
        DbTransaction transaction,
        long listId,
        BitstringStatusList bits,
        long nowMs,
        CancellationToken cancellationToken)
        => connection.ExecuteAsync(Command(
            "UPDATE status_lists SET bits = @bits, updated_at_ms = @now WHERE id = @id",
            transaction,
            new { bits = bits.ToArray(), now = nowMs, id = listId },
            cancellationToken));

    private CommandDefinition Command(string sql, DbTransaction transaction, object? parameters, CancellationToken cancellationToken)
        => new(sql, parameters, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken);
}
