using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Credentials.Storage.Dialects;

/// <summary>PostgreSQL: row locks with <c>FOR UPDATE</c>, arrays for list parameters, binary COPY for bulk inserts.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    // Any constant shared by every instance of this service; it names the advisory lock that serializes migrations.
    private const long MigrationLockKey = 0x4372_6564_5265_6701;

    private readonly NpgsqlDataSource dataSource;

    public PostgresDialect(string connectionString, TimeSpan commandTimeout)
        : base(connectionString, commandTimeout)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = CommandTimeoutSeconds };
        dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override StorageProvider Provider => StorageProvider.PostgreSql;

    public override string MigrationFolder => "Postgres";

    public override string ForUpdate => " FOR UPDATE";

    public override string UpsertBatchRowsSql =>
        "INSERT INTO batch_rows (batch_id, row_number, outcome, credential_id, error) " +
        "SELECT @batch, v.r, v.o, v.c, v.e FROM jsonb_to_recordset(CAST(@rows AS jsonb)) AS v(r bigint, o bigint, c text, e text) " +
        "ON CONFLICT (batch_id, row_number) DO UPDATE SET outcome = excluded.outcome, credential_id = excluded.credential_id, error = excluded.error";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        => await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
        => await ((NpgsqlConnection)connection).BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);

    public override async Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("key", MigrationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public override object ListParameter(IReadOnlyCollection<string> values) => values.ToArray();

    public override async Task InsertCredentialsAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<NewCredentialRow> rows,
        CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        await using var writer = await npgsql.BeginBinaryImportAsync(
            "COPY credentials (id, issuer, learner_ref, template_id, format, issued_at_ms, idempotency_key, state, status, created_at_ms, sha256, content, student_number) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Issuer, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.LearnerRef, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.TemplateId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Format, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.IssuedAtMs, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            if (row.IdempotencyKey is null)
            {
                await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await writer.WriteAsync(row.IdempotencyKey, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }

            await writer.WriteAsync(row.State, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(1L, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.CreatedAtMs, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await WriteBytesOrNullAsync(writer, row.Sha256, cancellationToken).ConfigureAwait(false);
            await WriteBytesOrNullAsync(writer, row.Content, cancellationToken).ConfigureAwait(false);
            if (row.StudentNumber is null)
            {
                await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await writer.WriteAsync(row.StudentNumber, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task InsertAllocationsAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<AllocationRow> rows,
        CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        await using var writer = await npgsql.BeginBinaryImportAsync(
            "COPY status_allocations (credential_id, purpose, list_id, idx) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.CredentialId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Purpose, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.ListId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync((long)row.Index, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task CompleteAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<CompletionRow> rows,
        CancellationToken cancellationToken)
    {
        // One statement for the whole chunk: the arrays are unnested in parallel into (id, sha, content) rows.
        await using var command = new NpgsqlCommand(
            "UPDATE credentials AS c SET state = 2, sha256 = v.sha, content = v.content " +
            "FROM unnest(@ids, @shas, @contents) AS v(id, sha, content) WHERE c.id = v.id AND c.state = 1",
            (NpgsqlConnection)connection,
            (NpgsqlTransaction)transaction);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("shas", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = rows.Select(r => r.Sha256).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("contents", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = rows.Select(r => r.Content).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteBytesOrNullAsync(NpgsqlBinaryImporter writer, byte[]? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await writer.WriteAsync(value, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
        }
    }

    public override bool IsUniqueViolation(DbException exception)
        => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
