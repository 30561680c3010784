using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Credentials.Cli.Tests.Batch;

/// <summary>Reads a registry's tables directly (SQLite file or PostgreSQL schema), to check what a batch left behind.</summary>
internal static class RegistryProbe
{
    public sealed record Credential(string Id, string LearnerRef, string IdempotencyKey, byte[]? Sha256, byte[]? Content);

    public sealed record Allocation(string CredentialId, string Purpose, long ListId, long Index);

    public static IReadOnlyList<Credential> Credentials(string db) =>
        Query(db, "SELECT id, learner_ref, idempotency_key, sha256, content FROM credentials", r => new Credential(
            r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : (byte[])r[3], r.IsDBNull(4) ? null : (byte[])r[4]));

    public static IReadOnlyList<Allocation> Allocations(string db) =>
        Query(db, "SELECT credential_id, purpose, list_id, idx FROM status_allocations", r => new Allocation(
            r.GetString(0), r.GetString(1), Convert.ToInt64(r[2], System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(r[3], System.Globalization.CultureInfo.InvariantCulture)));

    private static List<T> Query<T>(string db, string sql, Func<DbDataReader, T> map)
    {
        using DbConnection connection = db.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? new NpgsqlConnection(db)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(map(reader));
        }

        return list;
    }
}
