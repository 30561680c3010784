using System.Globalization;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>
/// Compares every validity bound the format found (VCDM 1.1 <c>issuanceDate</c>/<c>expirationDate</c>, ELM
/// <c>issued</c>/<c>validFrom</c>/<c>validUntil</c>, VCDM 2.0 <c>validFrom</c>/<c>validUntil</c>, JWT
/// <c>nbf</c>/<c>exp</c>) with the injected clock, allowing the configured skew. An end equal to now has passed
/// (RFC 7519 §4.1.4: "on or after").
/// </summary>
internal sealed class ValidityCheck : ICheck
{
    public string Name => CheckNames.Validity;

    public ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Run(context));

    private IReadOnlyList<CheckResult> Run(VerificationContext context)
    {
        if (context.Secured is not { Document: not null } secured)
        {
            return Result.Skipped(Name, CheckCodes.ValiditySkipped, "the format check did not find a credential.");
        }

        var now = context.Time.GetUtcNow();
        var skew = context.Options.ClockSkew;
        var problems = new List<CheckResult>(Result.Of(Name, secured.BoundProblems));
        foreach (var bound in secured.Bounds)
        {
            if (bound.IsStart && bound.Value > now + skew)
            {
                problems.Add(new CheckResult(Name, CheckOutcome.Failed, CheckCodes.ValidityNotYetValid, $"The credential is valid only from {CredentialMembers.Show(bound.Value)} ('{bound.Member}').", bound.Pointer));
            }
            else if (!bound.IsStart && bound.Value <= now - skew)
            {
                problems.Add(new CheckResult(Name, CheckOutcome.Failed, CheckCodes.ValidityExpired, $"The credential expired on {CredentialMembers.Show(bound.Value)} ('{bound.Member}').", bound.Pointer));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var end = secured.Bounds.Where(b => !b.IsStart).Select(b => (DateTimeOffset?)b.Value).Min();
        return Result.One(Name, CheckOutcome.Passed, CheckCodes.ValidityValid, end is null
            ? "The credential is valid from its issuing date and does not expire."
            : "The credential is valid until " + end.Value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".");
    }
}
