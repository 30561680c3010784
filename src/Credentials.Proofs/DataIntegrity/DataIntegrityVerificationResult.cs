using Credentials.Proofs.Findings;
namespace Credentials.Proofs.DataIntegrity;

/// <summary>The verification of every proof of a secured document.</summary>
/// <param name="Proofs">One entry per proof, in document order; one <see cref="CheckCodes.ProofMissing"/> entry
/// when the document has no proof.</param>
public sealed record DataIntegrityVerificationResult(IReadOnlyList<ProofVerification> Proofs)
{
    /// <summary>True when there is at least one proof and every proof is valid.</summary>
    public bool Verified => Proofs.Count > 0 && Proofs.All(p => p.Outcome == ProofOutcome.Valid);

    /// <summary>
    /// Invalid when any proof is invalid; otherwise indeterminate when any could not be decided; otherwise valid.
    /// </summary>
    public ProofOutcome Outcome =>
        Proofs.Count == 0 || Proofs.Any(p => p.Outcome == ProofOutcome.Invalid) ? ProofOutcome.Invalid
        : Proofs.Any(p => p.Outcome == ProofOutcome.Indeterminate) ? ProofOutcome.Indeterminate
        : ProofOutcome.Valid;
}
