using System.Data.Common;
using Credentials.Model.Registry;
using Credentials.Storage.Dialects;
using Dapper;

namespace Credentials.Storage.ApiKeys;

/// <summary><see cref="IApiKeyStore"/> on either dialect; the unique hash column makes look-up one index probe.</summary>
internal sealed class SqlApiKeyStore(SqlDialect dialect, TimeProvider time) : IApiKeyStore
{
    public async Task<bool> CreateAsync(ApiKeyRecord record, ReadOnlyMemory<byte> sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Issuer);
        if (sha256.Length != 32)
        {
            throw new ArgumentException("An API key hash is 32 bytes (SHA-256).", nameof(sha256));
        }

        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var inserted = await connection.ExecuteAsync(Command(
            "INSERT INTO api_keys (id, name, issuer, sha256, created_at_ms) VALUES (@id, @name, @issuer, @hash, @at) ON CONFLICT DO NOTHING",
            transaction,
            new { id = record.Id, name = record.Name, issuer = record.Issuer, hash = sha256.ToArray(), at = record.CreatedAt.ToUnixTimeMilliseconds() },
            cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task<ApiKeyRecord?> FindAsync(ReadOnlyMemory<byte> sha256, CancellationToken cancellationToken = default)
    {
        if (sha256.Length != 32)
        {
            return null;
        }

        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<ApiKeyRow>(Command(
            ApiKeyRow.SelectColumns + " WHERE sha256 = @hash", null, new { hash = sha256.ToArray() }, cancellationToken)).ConfigureAwait(false);
        return row is null ? null : ToRecord(row);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ApiKeyRow>(Command(
            ApiKeyRow.SelectColumns + " ORDER BY created_at_ms, id", null, null, cancellationToken)).ConfigureAwait(false);
        return rows.Select(ToRecord).ToList();
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var updated = await connection.ExecuteAsync(Command(
            "UPDATE api_keys SET revoked_at_ms = @at WHERE id = @id AND revoked_at_ms IS NULL",
            transaction,
            new { id, at = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return updated == 1;
    }

    private static ApiKeyRecord ToRecord(ApiKeyRow row) => new(
        row.Id,
        row.Name,
        row.Issuer,
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs),
        row.RevokedAtMs is { } revoked ? DateTimeOffset.FromUnixTimeMilliseconds(revoked) : null);

    private CommandDefinition Command(string sql, DbTransaction? transaction, object? parameters, CancellationToken cancellationToken)
        => new(sql, parameters, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken);
}
