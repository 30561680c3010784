using Credentials.TestKit;
using Credentials.Storage.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Credentials.Storage.Tests.Contract;

/// <summary>
/// The contract on PostgreSQL, each test in its own schema. Skipped (reported so) unless
/// <c>CREDENTIALS_TEST_POSTGRES</c> holds a connection string.
/// </summary>
[RequiresEnvironment(PostgresFactAttribute.Variable)]
public sealed class PostgresRegistryStorageTests(ITestOutputHelper output) : RegistryStorageContractTests(output)
{
    private readonly string schema = "t_" + Guid.NewGuid().ToString("N");

    protected override async Task<string> CreateDatabaseAsync()
    {
        await AdminAsync($"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    protected override Task DropDatabaseAsync() => AdminAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE");

    protected override async Task<long> ExecuteScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
