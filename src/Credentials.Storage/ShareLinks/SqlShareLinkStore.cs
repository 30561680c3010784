using System.Data.Common;
using Credentials.Model.Registry;
using Credentials.Storage.Dialects;
using Dapper;

namespace Credentials.Storage.ShareLinks;

/// <summary><see cref="IShareLinkStore"/> on either dialect; the unique token column makes opening a link one index probe.</summary>
internal sealed class SqlShareLinkStore(SqlDialect dialect) : IShareLinkStore
{
    public async Task<bool> CreateAsync(ShareLinkRecord link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentException.ThrowIfNullOrWhiteSpace(link.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(link.Token);
        ArgumentException.ThrowIfNullOrWhiteSpace(link.CredentialId);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var inserted = await connection.ExecuteAsync(Command(
            "INSERT INTO share_links (id, token, credential_id, created_at_ms, expires_at_ms) " +
            "SELECT @id, @token, @credential, @created, @expires WHERE EXISTS (SELECT 1 FROM credentials WHERE id = @credential) ON CONFLICT DO NOTHING",
            transaction,
            new { id = link.Id, token = link.Token, credential = link.CredentialId, created = link.CreatedAt.ToUnixTimeMilliseconds(), expires = link.ExpiresAt.ToUnixTimeMilliseconds() },
            cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task<ShareLinkRecord?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<ShareLinkRow>(Command(
            ShareLinkRow.SelectColumns + " WHERE token = @token", null, new { token }, cancellationToken)).ConfigureAwait(false);
        return row is null ? null : ToRecord(row);
    }

    public async Task<ShareLinkRecord?> OpenAsync(string token, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(Command(
            "UPDATE share_links SET opens = opens + 1 WHERE token = @token AND revoked_at_ms IS NULL AND withdrawn_at_ms IS NULL AND expires_at_ms > @now",
            transaction, new { token, now = now.ToUnixTimeMilliseconds() }, cancellationToken)).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<ShareLinkRow>(Command(
            ShareLinkRow.SelectColumns + " WHERE token = @token", transaction, new { token }, cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToRecord(row);
    }

    public async Task<IReadOnlyList<ShareLinkRecord>> ListAsync(string credentialId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ShareLinkRow>(Command(
            ShareLinkRow.SelectColumns + " WHERE credential_id = @credentialId ORDER BY created_at_ms DESC, id", null, new { credentialId }, cancellationToken)).ConfigureAwait(false);
        return rows.Select(ToRecord).ToList();
    }

    public async Task<bool> RevokeAsync(string credentialId, string linkId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var updated = await connection.ExecuteAsync(Command(
            "UPDATE share_links SET revoked_at_ms = @now WHERE id = @linkId AND credential_id = @credentialId AND revoked_at_ms IS NULL",
            transaction, new { linkId, credentialId, now = now.ToUnixTimeMilliseconds() }, cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return updated == 1;
    }

    public async Task<int> WithdrawAsync(IReadOnlyCollection<string> credentialIds, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentialIds);
        if (credentialIds.Count == 0)
        {
            return 0;
        }

        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var updated = await connection.ExecuteAsync(Command(
            "UPDATE share_links SET withdrawn_at_ms = @now WHERE withdrawn_at_ms IS NULL AND " + dialect.InList("credential_id", "@ids"),
            transaction, new { ids = dialect.ListParameter(credentialIds), now = now.ToUnixTimeMilliseconds() }, cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return updated;
    }

    private static ShareLinkRecord ToRecord(ShareLinkRow row) => new(
        row.Id,
        row.Token,
        row.CredentialId,
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs),
        DateTimeOffset.FromUnixTimeMilliseconds(row.ExpiresAtMs),
        row.RevokedAtMs is { } revoked ? DateTimeOffset.FromUnixTimeMilliseconds(revoked) : null,
        row.WithdrawnAtMs is { } withdrawn ? DateTimeOffset.FromUnixTimeMilliseconds(withdrawn) : null,
        row.Opens);

    private CommandDefinition Command(string sql, DbTransaction? transaction, object? parameters, CancellationToken cancellationToken)
        => new(sql, parameters, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken);
}
