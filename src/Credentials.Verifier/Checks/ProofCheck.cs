using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>
/// Asks the credential's format to verify its proof (the one JWS policy for tokens, Data Integrity, JAdES) and
/// reports its findings; the format's neutral result is kept for the issuer and trust checks.
/// </summary>
internal sealed class ProofCheck : ICheck
{
    private readonly ProofContext _proofs;

    public ProofCheck(ProofContext proofs)
    {
        _proofs = proofs;
    }

    public string Name => CheckNames.Proof;

    public async ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        if (context.Secured is not { Document: not null } secured || context.Parsed is not { } input)
        {
            return Result.Skipped(Name, CheckCodes.ProofSkipped, "the format check did not find a credential.");
        }

        var proofs = _proofs with { Time = context.Time, ClockSkew = context.Options.ClockSkew, SealTrustAnchors = context.Options.SealTrustAnchors, TsaTrustAnchors = context.Options.TsaTrustAnchors, AnchorNames = context.Options.AnchorNames, TrustedLists = context.Options.TrustedLists, RevocationFetcher = context.Options.RevocationFetcher, MaxInputBytes = context.Options.MaxInputBytes, KeyBinding = context.Options.KeyBinding };
        var proof = await secured.Format.VerifyAsync(input, secured, proofs, cancellationToken).ConfigureAwait(false);
        context.Proof = proof;
        return proof.Findings.Count == 0
            ? Result.One(Name, CheckOutcome.Failed, CheckCodes.ProofMissing, "The credential carries no proof.")
            : Result.Of(Name, proof.Findings);
    }
}
