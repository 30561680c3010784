using Credentials.Model.Registry;
using Credentials.Storage.Dialects;
using Dapper;

namespace Credentials.Storage.Erasure;

/// <summary><see cref="IErasureStore"/> on either dialect.</summary>
internal sealed class SqlErasureStore(SqlDialect dialect) : IErasureStore
{
    public async Task<ErasureResult> EraseLearnerAsync(string issuer, string learnerReference, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(learnerReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var at = now.ToUnixTimeMilliseconds();
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var ids = (await connection.QueryAsync<string>(new CommandDefinition(
            // A credential issued alone names the learner by student number; a batch one as "<template>:<student number>".
            "SELECT id FROM credentials WHERE issuer = @issuer AND (learner_ref = @learnerReference OR " +
            "(length(learner_ref) > length(@learnerReference) AND substr(learner_ref, length(learner_ref) - length(@learnerReference)) = ':' || @learnerReference)) ORDER BY id",
            new { issuer, learnerReference }, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        var withdrawn = 0;
        if (ids.Count > 0)
        {
            var list = new { ids = dialect.ListParameter(ids), at, actor };
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE credentials SET content = NULL WHERE " + dialect.InList("id", "@ids"),
                list, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken)).ConfigureAwait(false);
            withdrawn = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE share_links SET withdrawn_at_ms = @at WHERE withdrawn_at_ms IS NULL AND " + dialect.InList("credential_id", "@ids"),
                list, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken)).ConfigureAwait(false);
            // An offer not yet redeemed would hand the erased award to whoever holds its code: offers go with the content.
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM credential_offers WHERE " + dialect.InList("credential_id", "@ids"),
                list, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO erasures (credential_id, actor, erased_at_ms) SELECT id, @actor, @at FROM credentials WHERE " + dialect.InList("id", "@ids"),
                list, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ErasureResult(ids, withdrawn);
    }
}
