using Credentials.Proofs.Findings;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>Shorthands for one-result answers, and findings filed under a check.</summary>
internal static class Result
{
    public static IReadOnlyList<CheckResult> One(string check, CheckOutcome outcome, string code, string message, string? pointer = null) =>
        [new CheckResult(check, outcome, code, message, pointer)];

    public static IReadOnlyList<CheckResult> Skipped(string check, string code, string because) =>
        One(check, CheckOutcome.Skipped, code, "Not checked: " + because);

    public static CheckResult Of(string check, Finding finding) =>
        new(check, finding.Outcome, finding.Code, finding.Message, finding.Pointer);

    public static IReadOnlyList<CheckResult> Of(string check, IEnumerable<Finding> findings) =>
        findings.Select(f => Of(check, f)).ToList();
}
