using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Credentials.Model.Registry;
using Credentials.Storage.Dialects;
using Dapper;

namespace Credentials.Storage.Offers;

/// <summary>
/// <see cref="ICredentialOfferStore"/> on either dialect. Redeeming and spending are single conditional writes inside
/// a write transaction, so a racing second request finds the row already changed and loses.
/// </summary>
internal sealed class SqlCredentialOfferStore(SqlDialect dialect) : ICredentialOfferStore
{
    public async Task<bool> CreateAsync(CredentialOfferRecord offer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentException.ThrowIfNullOrWhiteSpace(offer.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(offer.CodeHash);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var inserted = await connection.ExecuteAsync(Command(
            "INSERT INTO credential_offers (id, issuer, credential_id, batch_id, award_json, code_hash, tx_code_hash, created_at_ms, expires_at_ms) " +
            "SELECT @id, @issuer, @credential, @batch, @award, @code, @tx, @created, @expires WHERE EXISTS (SELECT 1 FROM credentials WHERE id = @credential) ON CONFLICT DO NOTHING",
            transaction,
            new
            {
                id = offer.Id,
                issuer = offer.Issuer,
                credential = offer.CredentialId,
                batch = offer.BatchId,
                award = offer.AwardJson,
                code = offer.CodeHash,
                tx = offer.TxCodeHash,
                created = offer.CreatedAt.ToUnixTimeMilliseconds(),
                expires = offer.ExpiresAt.ToUnixTimeMilliseconds(),
            },
            cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task<CredentialOfferRecord?> FindAsync(string offerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<CredentialOfferRow>(Command(
            CredentialOfferRow.SelectColumns + " WHERE id = @offerId", null, new { offerId }, cancellationToken)).ConfigureAwait(false);
        return row is null ? null : ToRecord(row);
    }

    public async Task<IReadOnlyList<CredentialOfferRecord>> ListByBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<CredentialOfferRow>(Command(
            CredentialOfferRow.SelectColumns + " WHERE batch_id = @batchId ORDER BY credential_id, created_at_ms", null, new { batchId }, cancellationToken)).ConfigureAwait(false);
        return rows.Select(ToRecord).ToList();
    }

    public async Task<OfferRedemption> RedeemAsync(OfferRedemptionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = request.Now.ToUnixTimeMilliseconds();
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<CredentialOfferRow>(Command(
            CredentialOfferRow.SelectColumns + " WHERE code_hash = @code" + dialect.ForUpdate, transaction, new { code = request.CodeHash }, cancellationToken)).ConfigureAwait(false);
        var outcome = row switch
        {
            null => OfferRedemptionOutcome.Unknown,
            { RedeemedAtMs: not null } => OfferRedemptionOutcome.AlreadyRedeemed,
            _ when row.ExpiresAtMs <= now => OfferRedemptionOutcome.Expired,
            _ when row.TxCodeFailures >= request.MaxTxCodeFailures => OfferRedemptionOutcome.TxCodeLocked,
            { TxCodeHash: not null } when request.TxCodeHash is null => OfferRedemptionOutcome.TxCodeMissing,
            { TxCodeHash: { } expected } when !SameHash(expected, request.TxCodeHash) => OfferRedemptionOutcome.TxCodeWrong,
            _ => OfferRedemptionOutcome.Redeemed,
        };
        if (outcome == OfferRedemptionOutcome.TxCodeWrong)
        {
            await connection.ExecuteAsync(Command(
                "UPDATE credential_offers SET tx_code_failures = tx_code_failures + 1 WHERE id = @id", transaction, new { id = row!.Id }, cancellationToken)).ConfigureAwait(false);
        }
        else if (outcome == OfferRedemptionOutcome.Redeemed)
        {
            // The condition repeats the checks: under READ COMMITTED a racing transaction that redeemed the row first
            // makes this update match nothing once it commits.
            var updated = await connection.ExecuteAsync(Command(
                "UPDATE credential_offers SET redeemed_at_ms = @now, access_token_hash = @access, access_expires_at_ms = @accessExpires " +
                "WHERE id = @id AND redeemed_at_ms IS NULL AND expires_at_ms > @now",
                transaction,
                new { id = row!.Id, now, access = request.AccessTokenHash, accessExpires = request.AccessExpiresAt.ToUnixTimeMilliseconds() },
                cancellationToken)).ConfigureAwait(false);
            outcome = updated == 1 ? OfferRedemptionOutcome.Redeemed : OfferRedemptionOutcome.AlreadyRedeemed;
        }

        CredentialOfferRecord? redeemed = null;
        if (outcome == OfferRedemptionOutcome.Redeemed)
        {
            var after = await connection.QueryFirstAsync<CredentialOfferRow>(Command(
                CredentialOfferRow.SelectColumns + " WHERE id = @id", transaction, new { id = row!.Id }, cancellationToken)).ConfigureAwait(false);
            redeemed = ToRecord(after);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new OfferRedemption(outcome, redeemed);
    }

    public async Task<CredentialOfferRecord?> FindByAccessTokenAsync(string accessTokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<CredentialOfferRow>(Command(
            CredentialOfferRow.SelectColumns + " WHERE access_token_hash = @access AND delivered_at_ms IS NULL AND award_json IS NOT NULL AND access_expires_at_ms > @now",
            null, new { access = accessTokenHash, now = now.ToUnixTimeMilliseconds() }, cancellationToken)).ConfigureAwait(false);
        return row is null ? null : ToRecord(row);
    }

    public async Task<bool> DeliverAsync(string offerId, string accessTokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var updated = await connection.ExecuteAsync(Command(
            "UPDATE credential_offers SET delivered_at_ms = @now, award_json = NULL WHERE id = @id AND access_token_hash = @access AND delivered_at_ms IS NULL",
            transaction, new { id = offerId, access = accessTokenHash, now = now.ToUnixTimeMilliseconds() }, cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return updated == 1;
    }

    public async Task<int> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var at = new { now = now.ToUnixTimeMilliseconds() };
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var purged = await connection.ExecuteAsync(Command(
            "UPDATE credential_offers SET award_json = NULL WHERE award_json IS NOT NULL AND " +
            "((redeemed_at_ms IS NULL AND expires_at_ms <= @now) OR (redeemed_at_ms IS NOT NULL AND access_expires_at_ms <= @now))",
            transaction, at, cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(Command("DELETE FROM credential_nonces WHERE expires_at_ms <= @now", transaction, at, cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return purged;
    }

    public async Task AddNonceAsync(string nonceHash, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nonceHash);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(Command(
            "INSERT INTO credential_nonces (nonce_hash, expires_at_ms) VALUES (@hash, @expires) ON CONFLICT DO NOTHING",
            transaction, new { hash = nonceHash, expires = expiresAt.ToUnixTimeMilliseconds() }, cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> SpendNonceAsync(string nonceHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var deleted = await connection.ExecuteAsync(Command(
            "DELETE FROM credential_nonces WHERE nonce_hash = @hash AND expires_at_ms > @now",
            transaction, new { hash = nonceHash, now = now.ToUnixTimeMilliseconds() }, cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted == 1;
    }

    // Both are hex of a keyed hash; comparing in fixed time keeps the stored value from leaking through timing.
    private static bool SameHash(string expected, string? sent) =>
        sent is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(sent));

    private static CredentialOfferRecord ToRecord(CredentialOfferRow row) => new(
        row.Id,
        row.Issuer,
        row.CredentialId,
        row.BatchId,
        row.AwardJson,
        row.CodeHash,
        row.TxCodeHash,
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs),
        DateTimeOffset.FromUnixTimeMilliseconds(row.ExpiresAtMs))
    {
        RedeemedAt = row.RedeemedAtMs is { } redeemed ? DateTimeOffset.FromUnixTimeMilliseconds(redeemed) : null,
        AccessExpiresAt = row.AccessExpiresAtMs is { } access ? DateTimeOffset.FromUnixTimeMilliseconds(access) : null,
        DeliveredAt = row.DeliveredAtMs is { } delivered ? DateTimeOffset.FromUnixTimeMilliseconds(delivered) : null,
        TxCodeFailures = (int)row.TxCodeFailures,
    };

    private CommandDefinition Command(string sql, DbTransaction? transaction, object? parameters, CancellationToken cancellationToken)
        => new(sql, parameters, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken);
}
