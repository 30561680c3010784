using Credentials.TestKit.W3c;
using Xunit.Abstractions;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// The W3C vc-di-eddsa test suite's cases (<c>tests/w3c/vc-di-eddsa/manifest.json</c>), one theory row each: the
/// proof our issuer makes in eddsa-rdfc-2022 and eddsa-jcs-2022, and our verifier on the suite's own signed inputs.
/// </summary>
public sealed class VcDiEddsaSuiteTests(VcDiEddsaSuiteTests.Run run, ITestOutputHelper output) : IClassFixture<VcDiEddsaSuiteTests.Run>
{
    private const string SuiteName = "vc-di-eddsa";

    public static TheoryData<string> Rows => SuiteManifest.Ids(SuiteName);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Row_AsTheSuiteExpects(string id) => run.AssertRowAsync(id, output);

    [Fact]
    public Task Suite_PassCount_IsAtLeastReadmesTable() => run.AssertPassCountAsync(output);

    /// <summary>The suite run once against a fresh service.</summary>
    public sealed class Run() : SuiteRun(SuiteName, DiEddsaSuiteRunner.RunAsync);
}
