using Credentials.Proofs.Findings;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>Shorthands for one-result answers.</summary>
internal static class Result
{
    public static IReadOnlyList<CheckResult> One(string check, CheckOutcome outcome, string code, string message, string? pointer = null) =>
        [new CheckResult(check, outcome, code, message, pointer)];

    public static IReadOnlyList<CheckResult> Skipped(string check, string code, string because) =>
        One(check, CheckOutcome.Skipped, code, "Not checked: " + because);
}
