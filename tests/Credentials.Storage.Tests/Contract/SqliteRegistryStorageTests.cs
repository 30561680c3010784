using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Credentials.Storage.Tests.Contract;

/// <summary>The contract on a temporary SQLite file.</summary>
public sealed class SqliteRegistryStorageTests(ITestOutputHelper output) : RegistryStorageContractTests(output)
{
    private string path = string.Empty;

    protected override Task<string> CreateDatabaseAsync()
    {
        path = Path.Combine(Path.GetTempPath(), $"credentials-storage-test-{Guid.NewGuid():N}.db");
        return Task.FromResult(path);
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }

    protected override async Task<long> ExecuteScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
