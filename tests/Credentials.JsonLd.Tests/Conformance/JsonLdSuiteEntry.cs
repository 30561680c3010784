namespace Credentials.JsonLd.Tests.Conformance;

/// <summary>One entry of a W3C JSON-LD API test manifest.</summary>
internal sealed record JsonLdSuiteEntry(
    string Id,
    IReadOnlyList<string> Types,
    string Input,
    string? Expect,
    string? ExpectErrorCode,
    string? SpecVersion,
    string? ProcessingMode,
    string? Base,
    string? ExpandContext,
    string? RdfDirection,
    bool ProduceGeneralizedRdf)
{
    public bool IsNegative => Types.Contains("jld:NegativeEvaluationTest");

    public bool IsSyntaxOnly => Types.Contains("jld:PositiveSyntaxTest");
}
