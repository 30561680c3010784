using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Credentials.Benchmarks.Storage;

/// <summary>
/// The registry's share of a 100,000-learner batch: recording 100,000 credentials (registry row + two random status
/// indexes + SHA-256) in chunks of 1,000 into an empty registry, in one transaction per chunk (RecordMany) or two
/// (ReserveMany + CompleteMany). SQLite always; PostgreSQL when <c>CREDENTIALS_TEST_POSTGRES</c> holds a connection
/// string. One operation = 100,000 credentials; each iteration starts from a fresh database.
/// Run: <c>dotnet run -c Release --project tests/Credentials.Benchmarks -- --filter '*RegistryThroughput*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class RegistryThroughputBenchmarks
{
    private const int Total = 100_000;
    private const int Chunk = 1_000;
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes(new string('x', 1500));
    private string _connection = null!;
    private string? _schema;
    private string? _file;

    /// <summary>The databases to measure: SQLite, and PostgreSQL when configured.</summary>
    public static IEnumerable<string> Databases =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CREDENTIALS_TEST_POSTGRES")) ? ["sqlite"] : ["sqlite", "postgresql"];

    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = "sqlite";

    [Params(false, true)]
    public bool TwoStep { get; set; }

    [IterationSetup]
    public void CreateDatabase()
    {
        if (Database == "sqlite")
        {
            _file = Path.Combine(Path.GetTempPath(), $"credentials-bench-{Guid.NewGuid():N}.db");
            _connection = _file;
            return;
        }

        _schema = "bench_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE SCHEMA {_schema}");
        _connection = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("CREDENTIALS_TEST_POSTGRES")) { SearchPath = _schema }.ConnectionString;
    }

    [IterationCleanup]
    public void DropDatabase()
    {
        SqliteConnection.ClearAllPools();
        if (_file is not null)
        {
            foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(f);
            }
        }

        if (_schema is not null)
        {
            Admin($"DROP SCHEMA {_schema} CASCADE");
        }

        (_file, _schema) = (null, null);
    }

    [Benchmark(OperationsPerInvoke = Total)]
    public async Task<int> Record100k()
    {
        var opened = await RegistryStorage.OpenAsync(_connection);
        await using var storage = opened.Storage ?? throw new InvalidOperationException(opened.Error);
        var seen = new HashSet<(long, int)>();
        for (var chunk = 0; chunk < Total / Chunk; chunk++)
        {
            var reservations = Reservations(chunk);
            var outcomes = TwoStep
                ? await storage.Credentials.ReserveManyAsync(reservations)
                : await storage.Credentials.RecordManyAsync(reservations, (reserved, _) =>
                    ValueTask.FromResult<IReadOnlyList<ReadOnlyMemory<byte>>>(reserved.Select(_ => (ReadOnlyMemory<byte>)Payload).ToList()));
            if (TwoStep)
            {
                await storage.Credentials.CompleteManyAsync(outcomes.Select(o => new CredentialCompletion(o.Record.CredentialId, Payload)).ToList());
            }

            foreach (var allocation in outcomes.SelectMany(o => o.Record.StatusAllocations))
            {
                if (!seen.Add((allocation.ListId, allocation.Index)))
                {
                    throw new InvalidOperationException("a status index was handed out twice");
                }
            }
        }

        return seen.Count == 2 * Total ? seen.Count : throw new InvalidOperationException($"{seen.Count} status indexes for {Total} credentials");
    }

    private static List<CredentialReservation> Reservations(int chunk)
    {
        var reservations = new List<CredentialReservation>(Chunk);
        for (var i = 0; i < Chunk; i++)
        {
            var number = ((chunk * Chunk) + i).ToString("D7", CultureInfo.InvariantCulture);
            reservations.Add(new CredentialReservation(
                $"urn:uuid:{Guid.NewGuid()}",
                "did:web:registrar.example.fi",
                "template-7:" + number,
                "template-7",
                "vc-jwt",
                new DateTimeOffset(2026, 5, 31, 10, 0, 0, TimeSpan.Zero),
                [StatusPurpose.Revocation, StatusPurpose.Suspension],
                new IdempotencyKey("template-7", number, new DateOnly(2026, 5, 30))));
        }

        return reservations;
    }

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("CREDENTIALS_TEST_POSTGRES"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
