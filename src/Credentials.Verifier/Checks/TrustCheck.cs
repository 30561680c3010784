using Credentials.Proofs.Findings;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>
/// Is the issuer one the operator trusts? Only an issuer proved by the signature can be trusted, and an issuer
/// not on the list is Indeterminate, never Passed: a valid signature shows who signed, not that they are a university.
/// A format that anchors its signer its own way (a seal certificate chain) gives its own finding.
/// </summary>
internal sealed class TrustCheck : ICheck
{
    public string Name => CheckNames.Trust;

    public ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Run(context));

    private IReadOnlyList<CheckResult> Run(VerificationContext context)
    {
        if (context.Proof is { Passed: true, Trust: { } own })
        {
            return [Result.Of(Name, own)];
        }

        if (!context.Passed(CheckNames.Proof) || !context.Passed(CheckNames.Issuer))
        {
            return Result.Skipped(Name, CheckCodes.TrustSkipped, "the proof and issuer checks must pass first.");
        }

        if (context.Options.TrustedIssuers is not { } list)
        {
            return Result.One(Name, CheckOutcome.Indeterminate, CheckCodes.TrustNotConfigured, "No list of trusted issuers is configured, so the issuer's identity is not confirmed.");
        }

        var entry = list.Find(context.IssuerId!);
        return entry is null
            ? Result.One(Name, CheckOutcome.Indeterminate, CheckCodes.TrustIssuerUnknown, $"The issuer {context.IssuerId} is not on the list of trusted issuers.")
            : Result.One(Name, CheckOutcome.Passed, CheckCodes.TrustTrusted, $"The issuer is {entry.LegalName}" + (entry.Registration is null ? string.Empty : $" ({entry.Registration})") + (entry.Country is null ? string.Empty : $", {entry.Country}") + ", a trusted issuer.");
    }
}
