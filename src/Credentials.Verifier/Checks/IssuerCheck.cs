using Credentials.Proofs.Findings;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>
/// The key that signed must be controlled by the issuer the credential names: otherwise anyone with any key could
/// sign "issued by University X" (VC Data Model 1.1 §6.3.1 <c>iss</c>; VC-JOSE-COSE §3.1.1). A format that binds
/// its signer its own way (a seal certificate's organisation identifier) gives its own finding.
/// </summary>
internal sealed class IssuerCheck : ICheck
{
    public string Name => CheckNames.Issuer;

    public ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Run(context));

    private IReadOnlyList<CheckResult> Run(VerificationContext context)
    {
        if (context.Credential is null)
        {
            return Result.Skipped(Name, CheckCodes.IssuerSkipped, "the format check did not find a credential.");
        }

        if (string.IsNullOrEmpty(context.IssuerId))
        {
            return Result.One(Name, CheckOutcome.Failed, CheckCodes.IssuerMissing, "The credential names no issuer id.", context.CredentialPointer + "/issuer");
        }

        if (context.Proof is not { Passed: true } proof)
        {
            return Result.Skipped(Name, CheckCodes.IssuerSkipped, "the proof check did not establish the signing key.");
        }

        if (proof.IssuerBinding is { } binding)
        {
            return [Result.Of(Name, binding)];
        }

        if (proof.SignerController is not { } controller)
        {
            return Result.Skipped(Name, CheckCodes.IssuerSkipped, "the proof check did not establish the signing key.");
        }

        return controller == context.IssuerId
            ? Result.One(Name, CheckOutcome.Passed, CheckCodes.IssuerValid, $"The signing key belongs to the issuer {context.IssuerId}.")
            : Result.One(Name, CheckOutcome.Failed, CheckCodes.IssuerKeyNotControlled, $"The credential names {context.IssuerId} as issuer, but was signed with a key of {controller}.", context.CredentialPointer + "/issuer");
    }
}
