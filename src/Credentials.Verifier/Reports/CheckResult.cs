using Credentials.Proofs.Findings;
namespace Credentials.Verifier.Reports;

/// <summary>One check's result.</summary>
/// <param name="Check">The check's name (<see cref="CheckNames"/>).</param>
/// <param name="Outcome">Passed, Failed, Indeterminate or Skipped.</param>
/// <param name="Code">A stable, lower-case, dotted code (<see cref="CheckCodes"/>); codes never change meaning.</param>
/// <param name="Message">A plain-language sentence in English; may change between versions.</param>
/// <param name="Pointer">A JSON Pointer into the credential, where one applies.</param>
public sealed record CheckResult(string Check, CheckOutcome Outcome, string Code, string Message, string? Pointer = null)
{
    /// <summary>
    /// This finding in words for a reader, by language (en, fi, sv), where the code's own text is too general (a
    /// SHACL violation names its rule and path); null when the code's text says it all.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Explained { get; init; }
}
