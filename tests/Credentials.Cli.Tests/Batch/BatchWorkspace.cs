using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.TestKit;

namespace Credentials.Cli.Tests.Batch;

/// <summary>A temporary folder with a registry, a learners file and an output folder.</summary>
internal sealed class BatchWorkspace : IDisposable
{
    private readonly string? _schema;

    /// <summary>A workspace on a SQLite file, or with <paramref name="postgres"/> on a PostgreSQL schema of its own.</summary>
    public BatchWorkspace(bool postgres = false, string name = "out")
    {
        Directory.CreateDirectory(Root);
        Out = Path.Combine(Root, name);
        if (postgres)
        {
            _schema = "t_" + Guid.NewGuid().ToString("N");
            Admin($"CREATE SCHEMA {_schema}");
            Db = new Npgsql.NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { SearchPath = _schema, Pooling = false }.ConnectionString;
        }
        else
        {
            Db = Path.Combine(Root, "registry.db");
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "cli-batch-" + Guid.NewGuid().ToString("N"));

    public string Db { get; }

    public string Out { get; }

    public static string Template => RepositoryPaths.InRepo("samples", "batch", "template.json");

    public static string Key => RepositoryPaths.InRepo("keys.example", "northern-university");

    /// <summary>Where the workspace's issuer publishes its status lists (a reserved example host).</summary>
    public const string StatusBaseUrl = "https://credentials.northern.example/status";

    public string Learners(int count)
    {
        var path = Path.Combine(Root, "learners.csv");
        var text = new StringBuilder("student_number;given_name;family_name;date_of_birth;email;national_id;grade;completion_date\r\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{100000 + i};Learner;Number {i};2000-01-02;;;5;2026-06-15\r\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    public string[] IssueArgs(string learners) =>
        ["issue-batch", "--template", Template, "--learners", learners, "--key", Key, "--out", Out, "--db", Db, "--status-base-url", StatusBaseUrl];

    public IReadOnlyList<JsonObject> Credentials() =>
        [.. Directory.EnumerateFiles(Out, "*.jwt").Select(f => JsonNode.Parse(Base64Url.DecodeFromChars(File.ReadAllText(f).Trim().Split('.')[1]))!.AsObject())];

    public string FileOf(string studentNumber) => Path.Combine(Out, studentNumber + ".jwt");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_schema is not null)
        {
            Admin($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }

        Directory.Delete(Root, recursive: true);
    }

    private static void Admin(string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
