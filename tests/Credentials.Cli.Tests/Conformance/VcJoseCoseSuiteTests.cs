using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Credentials.TestKit.W3c;
using Xunit.Abstractions;

namespace Credentials.Cli.Tests.Conformance;

/// <summary>
/// The W3C vc-jose-cose test suite's 35 cases (<c>tests/w3c/vc-jose-cose/manifest.json</c>, from its
/// <c>test-mapping.js</c>), each run through its command-line contract:
/// <c>credentials vc-jose-cose issue|verify --input --key --feature --output</c>, reading <c>result</c> back.
/// </summary>
public sealed class VcJoseCoseSuiteTests(ITestOutputHelper output)
{
    private const string SuiteName = "vc-jose-cose";
    private static readonly SuiteManifest Suite = SuiteManifest.Load(SuiteName);
    private static readonly ConcurrentDictionary<string, (bool Passed, string Detail)> Outcomes = new(StringComparer.Ordinal);

    public static TheoryData<string> Rows => SuiteManifest.Ids(SuiteName);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row_AsTheSuiteExpects(string id)
    {
        var row = Suite.Row(id);

        var (passed, detail) = Run(row);

        output.WriteLine($"{row.Id}. {row.Statement} ({row.Feature}) → {detail}");
        passed.Should().Be(row.Deliberate is null, row.Deliberate ?? detail);
    }

    [Fact]
    public void Suite_PassCount_IsAtLeastReadmesTable()
    {
        var passed = Suite.Rows.Count(r => Run(r).Passed);

        output.WriteLine($"{SuiteName}: {passed} of {Suite.Rows.Count}");
        Console.WriteLine($"{SuiteName}: {passed} of {Suite.Rows.Count}");
        passed.Should().BeGreaterThanOrEqualTo(Suite.PromisedPasses(), $"README's conformance table promises it ({passed} of {Suite.Rows.Count} now)");
    }

    private static (bool Passed, string Detail) Run(SuiteRow row) => Outcomes.GetOrAdd(row.Id, _ =>
    {
        var outputFile = Path.Combine(Path.GetTempPath(), $"jose-cose-{row.Id}-{Guid.NewGuid():N}.json");
        try
        {
            var run = CliRunner.Run(
                "vc-jose-cose", row.Endpoint,
                "--input", Path.Combine(Suite.Folder, "input", row.Input),
                "--key", Path.Combine(Suite.Folder, "input", row.Key!),
                "--feature", row.Feature!,
                "--output", outputFile);
            if (run.ExitCode != 0 || !File.Exists(outputFile))
            {
                return (false, $"exit {run.ExitCode}: {run.Error}");
            }

            var result = (string?)JsonNode.Parse(File.ReadAllText(outputFile))!["result"];
            var expected = row.ExpectsRefusal ? "failure" : "success";
            return (result == expected, $"{result}: {run.Output.Trim()}");
        }
        finally
        {
            File.Delete(outputFile);
        }
    });
}
