using System.Data.Common;
using System.Security.Cryptography;
using Credentials.Model.Registry;
using Credentials.Storage.Dialects;
using Dapper;

namespace Credentials.Storage.Registry;

/// <summary>Records signed credentials against their reservations (the second step of two-step issuance).</summary>
internal sealed class CompletionWriter(SqlDialect dialect, StorageOptions options)
{
    public async Task<IReadOnlyList<CompletionOutcome>> CompleteManyAsync(
        IReadOnlyList<CredentialCompletion> completions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completions);
        if (completions.Count == 0)
        {
            return [];
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var completion in completions)
        {
            ArgumentNullException.ThrowIfNull(completion);
            ArgumentException.ThrowIfNullOrEmpty(completion.CredentialId);
            ids.Add(completion.CredentialId);
        }

        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var current = (await connection.QueryAsync<CredentialRow>(Command(
                "SELECT id AS Id, state AS State, sha256 AS Sha256 FROM credentials WHERE " + dialect.InList("id", "@ids"),
                transaction,
                new { ids = dialect.ListParameter(ids) },
                cancellationToken)).ConfigureAwait(false))
            .ToDictionary(r => r.Id, StringComparer.Ordinal);

        var outcomes = new CompletionOutcome[completions.Count];
        var rows = new List<CompletionRow>();
        for (var i = 0; i < completions.Count; i++)
        {
            var completion = completions[i];
            var hash = SHA256.HashData(completion.IssuedCredential.Span);
            if (!current.TryGetValue(completion.CredentialId, out var row))
            {
                outcomes[i] = CompletionOutcome.NotFound;
            }
            else if (row.State == (long)CredentialRecordState.Issued)
            {
                outcomes[i] = row.Sha256 is not null && hash.AsSpan().SequenceEqual(row.Sha256)
                    ? CompletionOutcome.AlreadyCompleted
                    : CompletionOutcome.Conflict;
            }
            else
            {
                outcomes[i] = CompletionOutcome.Completed;
                rows.Add(new CompletionRow(
                    completion.CredentialId,
                    hash,
                    options.StoreCredentialContent ? completion.IssuedCredential.ToArray() : null));

                // A second completion of the same id later in this call is judged against this one.
                row.State = (long)CredentialRecordState.Issued;
                row.Sha256 = hash;
            }
        }

        if (rows.Count > 0)
        {
            await dialect.CompleteAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    private CommandDefinition Command(string sql, DbTransaction? transaction, object? parameters, CancellationToken cancellationToken)
        => new(sql, parameters, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken);
}
