using System.Data.Common;
using Credentials.Model.Registry;
using Credentials.Storage.ApiKeys;
using Credentials.Storage.Batches;
using Credentials.Storage.Connections;
using Credentials.Storage.Dialects;
using Credentials.Storage.Erasure;
using Credentials.Storage.Migrations;
using Credentials.Storage.Offers;
using Credentials.Storage.Registry;
using Credentials.Storage.ShareLinks;
using Credentials.Storage.Status;

namespace Credentials.Storage;

/// <summary>
/// The registry database: issued credentials, status lists, the status audit log and batch jobs, on SQLite or
/// PostgreSQL. Open it with <see cref="OpenAsync"/>, which also brings the schema up to date.
/// </summary>
public sealed class RegistryStorage : IAsyncDisposable
{
    private readonly SqlDialect dialect;
    private readonly MigrationRunner migrations;

    private RegistryStorage(SqlDialect dialect, StorageOptions options, TimeProvider time)
    {
        this.dialect = dialect;
        migrations = new MigrationRunner(dialect, time);
        Credentials = new SqlCredentialStore(dialect, options, time);
        StatusLists = new SqlStatusListStore(dialect, time);
        Batches = new SqlBatchStore(dialect, time);
        ApiKeys = new SqlApiKeyStore(dialect, time);
        ShareLinks = new SqlShareLinkStore(dialect);
        Erasure = new SqlErasureStore(dialect);
        Offers = new SqlCredentialOfferStore(dialect);
    }

    /// <summary>The database in use.</summary>
    public StorageProvider Provider => dialect.Provider;

    /// <summary>The issuance registry.</summary>
    public ICredentialStore Credentials { get; }

    /// <summary>Status lists, status changes and their audit log.</summary>
    public IStatusListStore StatusLists { get; }

    /// <summary>Batch jobs and per-row results.</summary>
    public IBatchStore Batches { get; }

    /// <summary>API keys of the web service (hashes only).</summary>
    public IApiKeyStore ApiKeys { get; }

    /// <summary>Share links of issued credentials.</summary>
    public IShareLinkStore ShareLinks { get; }

    /// <summary>Erasure of a learner's stored credentials and share links.</summary>
    public IErasureStore Erasure { get; }

    /// <summary>OpenID4VCI credential offers and c_nonce values.</summary>
    public ICredentialOfferStore Offers { get; }

    /// <summary>
    /// Opens the store named by <paramref name="connectionString"/> and applies missing migrations. <c>Host=…</c>
    /// (Npgsql keywords) or a <c>postgres://</c> URL selects PostgreSQL; anything else is a SQLite connection string
    /// or a file path. Never throws for a bad or unreachable database: the result carries a plain-language error.
    /// </summary>
    /// <param name="connectionString">The connection string or SQLite file path.</param>
    /// <param name="options">Operator settings; defaults when <see langword="null"/>.</param>
    /// <param name="time">The clock for every stored time; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    public static async Task<StorageOpenResult> OpenAsync(
        string connectionString,
        StorageOptions? options = null,
        TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new StorageOptions();
        time ??= TimeProvider.System;
        if (!ConnectionStringClassifier.TryClassify(connectionString, out var target, out var error))
        {
            return StorageOpenResult.Fail(error!);
        }

        SqlDialect dialect = target!.Provider == StorageProvider.PostgreSql
            ? new PostgresDialect(target.ConnectionString, options.CommandTimeout)
            : new SqliteDialect(target.ConnectionString, options.CommandTimeout);
        var storage = new RegistryStorage(dialect, options, time);
        try
        {
            await storage.migrations.ApplyAsync(cancellationToken).ConfigureAwait(false);
            return StorageOpenResult.Ok(storage);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            await storage.DisposeAsync().ConfigureAwait(false);
            var where = target.Provider == StorageProvider.PostgreSql ? "the PostgreSQL database" : "the SQLite database";
            return StorageOpenResult.Fail($"Could not open {where}: {ex.Message}");
        }
    }

    /// <summary>The schema version the database is at (the highest applied migration).</summary>
    public Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default)
        => migrations.CurrentVersionAsync(cancellationToken);

    /// <summary>Applies missing migrations again; a no-op when the schema is current.</summary>
    /// <returns>The versions applied by this call.</returns>
    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
        => migrations.ApplyAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => dialect.DisposeAsync();
}
