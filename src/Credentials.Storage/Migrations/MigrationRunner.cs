using System.Data.Common;
using System.Globalization;
using Credentials.Storage.Dialects;
using Dapper;

namespace Credentials.Storage.Migrations;

/// <summary>
/// Applies the embedded migrations of a dialect in version order. Each version runs in its own transaction together
/// with its <c>schema_version</c> row, so a version is applied completely or not at all, and running again is a no-op.
/// </summary>
internal sealed class MigrationRunner(SqlDialect dialect, TimeProvider time)
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at_ms BIGINT NOT NULL)";

    /// <summary>The migrations embedded for <paramref name="folder"/>, by version.</summary>
    public static IReadOnlyList<Migration> Load(string folder)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = "Migrations/" + folder + "/";
        var migrations = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var file = name[prefix.Length..];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(file[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration resource '{name}' is not named NNNN_description.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, file, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        // Versions are unique but may have gaps: branches developed side by side take their own numbers, and
        // ApplyAsync applies every version a database lacks, so a lower number merged later still runs.
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException($"Migrations of {folder} number {migrations[i].Version} twice.");
            }
        }

        return migrations;
    }

    /// <summary>Applies what is missing.</summary>
    /// <returns>The versions applied by this call (empty when the schema was current).</returns>
    public async Task<IReadOnlyList<int>> ApplyAsync(CancellationToken cancellationToken)
    {
        var applied = new List<int>();
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var migration in Load(dialect.MigrationFolder))
        {
            await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await dialect.LockMigrationsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(Command(CreateVersionTable, transaction, null, cancellationToken)).ConfigureAwait(false);
            var present = await connection.ExecuteScalarAsync<long>(
                Command("SELECT COUNT(*) FROM schema_version WHERE version = @v", transaction, new { v = (long)migration.Version }, cancellationToken))
                .ConfigureAwait(false);
            if (present > 0)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            await connection.ExecuteAsync(Command(migration.Sql, transaction, null, cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(Command(
                "INSERT INTO schema_version (version, name, applied_at_ms) VALUES (@v, @n, @t)",
                transaction,
                new { v = (long)migration.Version, n = migration.Name, t = time.GetUtcNow().ToUnixTimeMilliseconds() },
                cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied.Add(migration.Version);
        }

        return applied;
    }

    /// <summary>The highest applied version; 0 for an empty database.</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var version = await connection.ExecuteScalarAsync<long?>(
            Command("SELECT MAX(version) FROM schema_version", null, null, cancellationToken)).ConfigureAwait(false);
        return (int)(version ?? 0);
    }

    private CommandDefinition Command(string sql, DbTransaction? transaction, object? parameters, CancellationToken cancellationToken)
        => new(sql, parameters, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken);
}
