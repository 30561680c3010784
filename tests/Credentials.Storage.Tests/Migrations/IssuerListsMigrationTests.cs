using Credentials.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace Credentials.Storage.Tests.Migrations;

/// <summary>Migration 0003 on a registry written by version 2: existing lists take their credentials' issuer.</summary>
public sealed class IssuerListsMigrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"credentials-migration-test-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Open_Version2Registry_BackfillsListIssuersAndKeepsCredentials()
    {
        await using (var connection = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            await connection.OpenAsync();
            foreach (var migration in MigrationRunner.Load("Sqlite").Take(2))
            {
                Execute(connection, migration.Sql);
                Execute(connection, $"CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at_ms BIGINT NOT NULL); INSERT INTO schema_version VALUES ({migration.Version}, '{migration.Name}', 0)");
            }

            Execute(connection, "INSERT INTO status_lists (purpose, length, allocated_count, allocated, bits, created_at_ms, updated_at_ms) VALUES ('revocation', 8, 1, x'80', x'00', 0, 0)");
            Execute(connection, "INSERT INTO status_lists (purpose, length, allocated_count, allocated, bits, created_at_ms, updated_at_ms) VALUES ('suspension', 8, 0, x'00', x'00', 0, 0)");
            Execute(connection, "INSERT INTO credentials (id, issuer, learner_ref, template_id, format, issued_at_ms, state, created_at_ms) VALUES ('urn:uuid:old', 'did:web:old.example', 't:1', 't', 'vc-jwt', 0, 2, 0)");
            Execute(connection, "INSERT INTO status_allocations (credential_id, purpose, list_id, idx) VALUES ('urn:uuid:old', 'revocation', 1, 0)");
        }

        var opened = await RegistryStorage.OpenAsync(_path);
        await using var storage = opened.Storage!;
        var lists = await storage.StatusLists.ListAsync();

        (await storage.GetSchemaVersionAsync()).Should().Be(global::Credentials.Storage.Migrations.MigrationRunner.Load("Sqlite")[^1].Version);
        lists.Single(l => l.Id == 1).Issuer.Should().Be("did:web:old.example");
        lists.Single(l => l.Id == 2).Issuer.Should().BeNull("a list no credential uses belongs to no issuer");
        (await storage.Credentials.GetAsync("urn:uuid:old"))!.StudentNumber.Should().BeNull();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
