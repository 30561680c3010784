using Credentials.Proofs.Findings;
namespace Credentials.Proofs.DataIntegrity;

/// <summary>The verification of one proof of a proof set.</summary>
/// <param name="Index">The position of the proof in the document's <c>proof</c> (0 for a single proof).</param>
/// <param name="Outcome">Valid, invalid or indeterminate.</param>
/// <param name="Code">A stable code from <see cref="CheckCodes"/>.</param>
/// <param name="Message">A sentence for people; may change between versions.</param>
/// <param name="ProofId">The proof's <c>id</c>, when it has one.</param>
/// <param name="Cryptosuite">The proof's <c>cryptosuite</c>, when it has one.</param>
/// <param name="VerificationMethod">The verification method id, when the proof names one.</param>
/// <param name="Controller">The controller of the verification method, when it was resolved.</param>
public sealed record ProofVerification(
    int Index,
    ProofOutcome Outcome,
    string Code,
    string Message,
    string? ProofId = null,
    string? Cryptosuite = null,
    string? VerificationMethod = null,
    string? Controller = null);
