using Credentials.TestKit.W3c;
using Credentials.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// The W3C vc-bitstring-status-list test suite's cases (<c>tests/w3c/vc-bitstring-status-list/manifest.json</c>), one
/// theory row each: the status entries we issue, the status lists we publish, and status changes seen by the verifier.
/// </summary>
public sealed class VcBitstringStatusListSuiteTests(WebFactory factory, ITestOutputHelper output) : IClassFixture<WebFactory>
{
    private const string SuiteName = "vc-bitstring-status-list";
    private static readonly SuiteManifest Suite = SuiteManifest.Load(SuiteName);
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Rows => SuiteManifest.Ids(SuiteName);

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Row_AsTheSuiteExpects(string id)
    {
        var row = Suite.Row(id);

        var outcome = await StatusListSuiteRunner.RunAsync(_client, Suite, row);

        output.WriteLine($"{row.Id}: {row.Statement} → {outcome.Detail}");
        // A case we deliberately fail must still fail the way README says; the others must pass.
        outcome.Passed.Should().Be(row.Deliberate is null, row.Deliberate ?? outcome.Detail);
    }

    [Fact]
    public async Task Suite_PassCount_IsAtLeastReadmesTable()
    {
        var passed = 0;
        foreach (var row in Suite.Rows)
        {
            passed += (await StatusListSuiteRunner.RunAsync(_client, Suite, row)).Passed ? 1 : 0;
        }

        output.WriteLine($"{SuiteName}: {passed} of {Suite.Rows.Count}");
        Console.WriteLine($"{SuiteName}: {passed} of {Suite.Rows.Count}");
        passed.Should().BeGreaterThanOrEqualTo(Suite.PromisedPasses(), $"README's conformance table promises it ({passed} of {Suite.Rows.Count} now)");
    }
}
