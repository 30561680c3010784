using Credentials.TestKit;
using Credentials.TestKit.W3c;
using Xunit.Abstractions;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// The W3C vc-data-model-2.0 test suite's cases (<c>tests/w3c/vc-data-model-2.0/manifest.json</c>), one theory row
/// each, run against <c>POST /credentials/issue</c> in every format and <c>POST /presentations/verify</c>.
/// </summary>
public sealed class VcDataModel2SuiteTests(VcDataModel2SuiteTests.Run run, ITestOutputHelper output) : IClassFixture<VcDataModel2SuiteTests.Run>
{
    private const string SuiteName = "vc-data-model-2.0";

    public static TheoryData<string> Rows => SuiteManifest.Ids(SuiteName);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Row_AsTheSuiteExpects(string id) => run.AssertRowAsync(id, output);

    [Fact]
    public Task Suite_PassCount_IsAtLeastReadmesTable() => run.AssertPassCountAsync(output);

    /// <summary>The suite run once against a service trusting the suite's own key (<c>tests/w3c/vc-data-model-2.0/trusted-issuers.json</c>), as the suite is run.</summary>
    public sealed class Run() : SuiteRun(SuiteName, SuiteRunner.RunAsync, new Dictionary<string, string> { ["Credentials:TrustedIssuersPath"] = Path.Combine(RepositoryPaths.InW3c(SuiteName), "trusted-issuers.json") });
}
