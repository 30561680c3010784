using Credentials.TestKit.W3c;
using Xunit.Abstractions;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// The W3C vc-bitstring-status-list test suite's cases (<c>tests/w3c/vc-bitstring-status-list/manifest.json</c>), one
/// theory row each: the status entries we issue, the status lists we publish, and status changes seen by the verifier.
/// </summary>
public sealed class VcBitstringStatusListSuiteTests(VcBitstringStatusListSuiteTests.Run run, ITestOutputHelper output) : IClassFixture<VcBitstringStatusListSuiteTests.Run>
{
    private const string SuiteName = "vc-bitstring-status-list";

    public static TheoryData<string> Rows => SuiteManifest.Ids(SuiteName);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Row_AsTheSuiteExpects(string id) => run.AssertRowAsync(id, output);

    [Fact]
    public Task Suite_PassCount_IsAtLeastReadmesTable() => run.AssertPassCountAsync(output);

    /// <summary>The suite run once against a fresh service.</summary>
    public sealed class Run() : SuiteRun(SuiteName, StatusListSuiteRunner.RunAsync);
}
