using System.Diagnostics;
using System.Globalization;
using System.Text;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Storage.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Credentials.Storage.Tests.Throughput;

/// <summary>
/// The batch target is 100,000 credentials in 60 s including signing. These measure the store's share: reserving
/// (registry row + two random status indexes) and completing (SHA-256 recorded) in chunks of 1,000.
/// </summary>
public sealed class StoreThroughputTests(ITestOutputHelper output)
{
    private const int Total = 100_000;
    private const int Chunk = 1_000;

    [ThroughputFact]
    public Task Sqlite_HundredThousandCredentials_RecordWithinBudget() => SqliteAsync(twoStep: false);

    [ThroughputFact]
    public Task Sqlite_HundredThousandCredentials_ReserveThenCompleteWithinBudget() => SqliteAsync(twoStep: true);

    [ThroughputFact(needsPostgres: true)]
    public Task Postgres_HundredThousandCredentials_RecordWithinBudget() => PostgresAsync(twoStep: false);

    [ThroughputFact(needsPostgres: true)]
    public Task Postgres_HundredThousandCredentials_ReserveThenCompleteWithinBudget() => PostgresAsync(twoStep: true);

    private async Task SqliteAsync(bool twoStep)
    {
        var path = Path.Combine(Path.GetTempPath(), $"credentials-throughput-{Guid.NewGuid():N}.db");
        try
        {
            await MeasureAsync("SQLite", path, twoStep);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private async Task PostgresAsync(bool twoStep)
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using var admin = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await admin.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin))
        {
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            await MeasureAsync("PostgreSQL", new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { SearchPath = schema }.ConnectionString, twoStep);
        }
        finally
        {
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task MeasureAsync(string name, string connectionString, bool twoStep)
    {
        var opened = await RegistryStorage.OpenAsync(connectionString);
        opened.Success.Should().BeTrue(opened.Error);
        await using var storage = opened.Storage!;
        var payload = Encoding.UTF8.GetBytes(new string('x', 1500));
        var seen = new HashSet<(long, int)>();
        var reserve = TimeSpan.Zero;
        var complete = TimeSpan.Zero;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();

        for (var chunk = 0; chunk < Total / Chunk; chunk++)
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

            var step = Stopwatch.StartNew();
            var outcomes = twoStep
                ? await storage.Credentials.ReserveManyAsync(reservations)
                : await storage.Credentials.RecordManyAsync(reservations, (reserved, _) =>
                    ValueTask.FromResult<IReadOnlyList<ReadOnlyMemory<byte>>>(reserved.Select(_ => (ReadOnlyMemory<byte>)payload).ToList()));
            reserve += step.Elapsed;
            foreach (var allocation in outcomes.SelectMany(o => o.Record.StatusAllocations))
            {
                seen.Add((allocation.ListId, allocation.Index)).Should().BeTrue();
            }

            if (twoStep)
            {
                step.Restart();
                var completed = await storage.Credentials.CompleteManyAsync(
                    outcomes.Select(o => new CredentialCompletion(o.Record.CredentialId, payload)).ToList());
                complete += step.Elapsed;
                completed.Should().OnlyContain(c => c == CompletionOutcome.Completed);
            }
        }

        total.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        seen.Should().HaveCount(2 * Total);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name} {(twoStep ? "ReserveMany+CompleteMany" : "RecordMany")}: {Total} credentials x 2 status entries, chunks of {Chunk}: " +
            $"wall {total.Elapsed.TotalSeconds:F1} s (reserve/record {reserve.TotalSeconds:F1} s, complete {complete.TotalSeconds:F1} s), test-process CPU {cpu.TotalSeconds:F1} s, " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB, load average {LoadAverage()}"));
        total.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
