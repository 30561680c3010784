using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>
/// Revocation and suspension. Until status lists can be fetched and verified, a credential that declares a
/// <c>credentialStatus</c> is Indeterminate: failing closed, never reporting "not revoked" unchecked.
/// </summary>
internal sealed class StatusCheck : ICheck
{
    public string Name => CheckNames.Status;

    public ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        if (context.Credential is not { } credential)
        {
            return ValueTask.FromResult(Result.Skipped(Name, CheckCodes.StatusSkipped, "the format check did not find a credential."));
        }

        return ValueTask.FromResult(credential.TryGetProperty("credentialStatus", out _)
            ? Result.One(Name, CheckOutcome.Indeterminate, CheckCodes.StatusUnchecked, "The credential has a revocation status, which this verifier cannot check yet.", context.CredentialPointer + "/credentialStatus")
            : Result.One(Name, CheckOutcome.Skipped, CheckCodes.StatusNone, "The credential declares no revocation status."));
    }
}
