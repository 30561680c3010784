using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Credentials.Storage.Dialects;

/// <summary>SQLite: one file in WAL mode, foreign keys on, writers serialized by <c>BEGIN IMMEDIATE</c>.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const string InsertCredentialSql =
        "INSERT INTO credentials (id, issuer, learner_ref, template_id, format, issued_at_ms, idempotency_key, state, status, created_at_ms) " +
        "VALUES ($id, $issuer, $learner, $template, $format, $issued, $key, 1, 1, $created)";

    private const string InsertAllocationSql =
        "INSERT INTO status_allocations (credential_id, purpose, list_id, idx) VALUES ($cred, $purpose, $list, $idx)";

    private const string CompleteSql =
        "UPDATE credentials SET state = 2, sha256 = $sha, content = $content WHERE id = $id AND state = 1";

    public SqliteDialect(string connectionString, TimeSpan commandTimeout)
        : base(
            new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = Math.Max(1, (int)Math.Ceiling(commandTimeout.TotalSeconds)) }.ConnectionString,
            commandTimeout)
    {
    }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string MigrationFolder => "Sqlite";

    public override string ForUpdate => string.Empty;

    public override string UpsertBatchRowsSql =>
        "INSERT INTO batch_rows (batch_id, row_number, outcome, credential_id, error) " +
        "SELECT @batch, json_extract(value, '$.r'), json_extract(value, '$.o'), json_extract(value, '$.c'), json_extract(value, '$.e') " +
        "FROM json_each(@rows) WHERE true " +
        "ON CONFLICT (batch_id, row_number) DO UPDATE SET outcome = excluded.outcome, credential_id = excluded.credential_id, error = excluded.error";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragmas = connection.CreateCommand();

            // WAL lets readers run beside the single writer; NORMAL sync is durable across application crashes in WAL
            // mode. busy_timeout makes SQLite itself wait for the write lock instead of failing at once.
            pragmas.CommandText =
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; " +
                $"PRAGMA busy_timeout = {CommandTimeoutSeconds * 1000};";
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite starts a non-deferred transaction with BEGIN IMMEDIATE: the write lock is taken now, so
        // two allocators can never read the same free-index bitmap. The driver waits for the lock up to its timeout.
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    public override Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
        => Task.CompletedTask;

    public override string InList(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    public override object ListParameter(IReadOnlyCollection<string> values) => JsonSerializer.Serialize(values);

    public override async Task InsertCredentialsAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<NewCredentialRow> rows,
        CancellationToken cancellationToken)
    {
        await using var command = Prepare(connection, transaction, InsertCredentialSql, "$id", "$issuer", "$learner", "$template", "$format", "$issued", "$key", "$created");
        var p = command.Parameters;
        foreach (var row in rows)
        {
            p[0].Value = row.Id;
            p[1].Value = row.Issuer;
            p[2].Value = row.LearnerRef;
            p[3].Value = row.TemplateId;
            p[4].Value = row.Format;
            p[5].Value = row.IssuedAtMs;
            p[6].Value = (object?)row.IdempotencyKey ?? DBNull.Value;
            p[7].Value = row.CreatedAtMs;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async Task InsertAllocationsAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<AllocationRow> rows,
        CancellationToken cancellationToken)
    {
        await using var command = Prepare(connection, transaction, InsertAllocationSql, "$cred", "$purpose", "$list", "$idx");
        var p = command.Parameters;
        foreach (var row in rows)
        {
            p[0].Value = row.CredentialId;
            p[1].Value = row.Purpose;
            p[2].Value = row.ListId;
            p[3].Value = row.Index;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async Task CompleteAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<CompletionRow> rows,
        CancellationToken cancellationToken)
    {
        await using var command = Prepare(connection, transaction, CompleteSql, "$id", "$sha", "$content");
        var p = command.Parameters;
        foreach (var row in rows)
        {
            p[0].Value = row.Id;
            p[1].Value = row.Sha256;
            p[2].Value = (object?)row.Content ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override bool IsUniqueViolation(DbException exception)
        => exception is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private SqliteCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = ((SqliteConnection)connection).CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = sql;
        command.CommandTimeout = CommandTimeoutSeconds;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
