using Credentials.Proofs.Findings;
using Credentials.Verifier.Checks;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Presentations;

/// <summary>
/// Whether every signature of a presentation answers the verifier's challenge and names its domain
/// (VC Data Integrity 1.0 §2.1 <c>challenge</c>/<c>domain</c>; VC Data Model 1.1 §6.3.1 <c>nonce</c>/<c>aud</c>).
/// </summary>
internal static class BindingChecks
{
    /// <summary>What one signature says: its challenge, its domains (null when it names none), and where.</summary>
    public sealed record Binding(string? Challenge, IReadOnlyList<string>? Domains, string Pointer, string ChallengeName, string DomainName);

    public static IReadOnlyList<CheckResult> Skipped(string because) =>
    [
        new(PresentationCheckNames.Challenge, CheckOutcome.Skipped, CheckCodes.PresentationSkipped, "Not checked: " + because),
        new(PresentationCheckNames.Domain, CheckOutcome.Skipped, CheckCodes.PresentationSkipped, "Not checked: " + because),
    ];

    public static IReadOnlyList<CheckResult> Check(PresentationExpectations expected, IReadOnlyList<Binding> bindings)
    {
        var results = new List<CheckResult>();
        results.AddRange(Challenge(expected.Challenge, bindings));
        results.AddRange(Domain(expected.Domain, bindings));
        return results;
    }

    private static IEnumerable<CheckResult> Challenge(string? expected, IReadOnlyList<Binding> bindings)
    {
        const string Name = PresentationCheckNames.Challenge;

        // VC Data Integrity 1.0 §2.1: authentication proofs are bound to the verifier's challenge; a verifier that
        // expects none cannot tell a fresh presentation from a replayed copy, so that is an error, not a pass.
        if (string.IsNullOrEmpty(expected))
        {
            yield return new(Name, CheckOutcome.Failed, CheckCodes.PresentationChallengeRequired, "No expected challenge was given, so a replayed presentation could not be told apart; the verifier must issue one and pass it here.");
            yield break;
        }

        var ok = true;
        foreach (var b in bindings)
        {
            if (b.Challenge is null)
            {
                ok = false;
                yield return new(Name, CheckOutcome.Failed, CheckCodes.PresentationChallengeMissing, $"The signature has no '{b.ChallengeName}'.", b.Pointer);
            }
            else if (!string.Equals(b.Challenge, expected, StringComparison.Ordinal))
            {
                ok = false;
                yield return new(Name, CheckOutcome.Failed, CheckCodes.PresentationChallengeMismatch, $"The signature's '{b.ChallengeName}' is not the challenge this verifier issued.", b.Pointer + "/" + b.ChallengeName);
            }
        }

        if (ok)
        {
            yield return new(Name, CheckOutcome.Passed, CheckCodes.PresentationChallengeValid, "The signature answers the expected challenge.");
        }
    }

    private static IEnumerable<CheckResult> Domain(string? expected, IReadOnlyList<Binding> bindings)
    {
        const string Name = PresentationCheckNames.Domain;
        if (string.IsNullOrEmpty(expected))
        {
            yield return Result.Skipped(Name, CheckCodes.PresentationDomainNotRequested, "the verifier expects no particular domain.")[0];
            yield break;
        }

        var ok = true;
        foreach (var b in bindings)
        {
            if (b.Domains is null || b.Domains.Count == 0)
            {
                ok = false;
                yield return new(Name, CheckOutcome.Failed, CheckCodes.PresentationDomainMissing, $"The signature has no '{b.DomainName}'.", b.Pointer);
            }
            else if (!b.Domains.Contains(expected, StringComparer.Ordinal))
            {
                ok = false;
                yield return new(Name, CheckOutcome.Failed, CheckCodes.PresentationDomainMismatch, $"The signature's '{b.DomainName}' does not include {expected}.", b.Pointer + "/" + b.DomainName);
            }
        }

        if (ok)
        {
            yield return new(Name, CheckOutcome.Passed, CheckCodes.PresentationDomainValid, $"The signature names the expected domain {expected}.");
        }
    }
}
