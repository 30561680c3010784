using Credentials.TestKit;
using Credentials.TestKit.W3c;
using Credentials.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// The W3C vc-data-model-2.0 test suite's cases (<c>tests/w3c/vc-data-model-2.0/manifest.json</c>), one theory row
/// each, run against <c>POST /credentials/issue</c> in every format and <c>POST /presentations/verify</c>.
/// </summary>
public sealed class VcDataModel2SuiteTests(VcDataModel2SuiteTests.Factory factory, ITestOutputHelper output) : IClassFixture<VcDataModel2SuiteTests.Factory>
{
    private const string SuiteName = "vc-data-model-2.0";
    private static readonly SuiteManifest Suite = SuiteManifest.Load(SuiteName);
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Rows => SuiteManifest.Ids(SuiteName);

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Row_AsTheSuiteExpects(string id)
    {
        var row = Suite.Row(id);

        var outcome = await SuiteRunner.RunAsync(_client, Suite, row);

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
            passed += (await SuiteRunner.RunAsync(_client, Suite, row)).Passed ? 1 : 0;
        }

        output.WriteLine($"{SuiteName}: {passed} of {Suite.Rows.Count}");
        Console.WriteLine($"{SuiteName}: {passed} of {Suite.Rows.Count}");
        passed.Should().BeGreaterThanOrEqualTo(Suite.PromisedPasses(), $"README's conformance table promises it ({passed} of {Suite.Rows.Count} now)");
    }

    /// <summary>The service trusting the suite's own key (<c>tests/w3c/vc-data-model-2.0/trusted-issuers.json</c>), as the suite is run.</summary>
    public sealed class Factory : IDisposable
    {
        private readonly WebFactory _inner = new();

        public Factory() => _inner.Settings["Credentials:TrustedIssuersPath"] = Path.Combine(RepositoryPaths.InW3c(SuiteName), "trusted-issuers.json");

        public HttpClient CreateClient() => _inner.CreateClient();

        public void Dispose() => _inner.Dispose();
    }
}
