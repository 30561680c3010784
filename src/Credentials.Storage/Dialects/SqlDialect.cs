using System.Data.Common;

namespace Credentials.Storage.Dialects;

/// <summary>What differs between SQLite and PostgreSQL: connections, locking, list parameters and bulk writes.</summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    protected SqlDialect(string connectionString, TimeSpan commandTimeout)
    {
        ConnectionString = connectionString;
        CommandTimeoutSeconds = Math.Max(1, (int)Math.Ceiling(commandTimeout.TotalSeconds));
    }

    public abstract StorageProvider Provider { get; }

    /// <summary>The embedded-resource folder of this dialect's migrations.</summary>
    public abstract string MigrationFolder { get; }

    /// <summary>Appended to a SELECT that must lock the rows it reads until the transaction ends.</summary>
    public abstract string ForUpdate { get; }

    /// <summary>Inserts or replaces batch rows given as a JSON array in <c>@rows</c> for batch <c>@batch</c>.</summary>
    public abstract string UpsertBatchRowsSql { get; }

    public int CommandTimeoutSeconds { get; }

    protected string ConnectionString { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Starts a transaction that holds the write lock from its first statement.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serializes schema migrations across processes for the rest of the transaction.</summary>
    public abstract Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>A condition "<paramref name="column"/> is one of the strings in parameter <paramref name="parameter"/>".</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>The value to bind to a parameter used by <see cref="InList"/>.</summary>
    public abstract object ListParameter(IReadOnlyCollection<string> values);

    public abstract Task InsertCredentialsAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<NewCredentialRow> rows,
        CancellationToken cancellationToken);

    public abstract Task InsertAllocationsAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<AllocationRow> rows,
        CancellationToken cancellationToken);

    public abstract Task CompleteAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<CompletionRow> rows,
        CancellationToken cancellationToken);

    /// <summary>Whether the exception is a unique-constraint violation.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    public abstract ValueTask DisposeAsync();
}
