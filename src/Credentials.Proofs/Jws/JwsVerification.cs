using Credentials.Proofs.Dids;
using Credentials.Proofs.Findings;

namespace Credentials.Proofs.Jws;

/// <summary>The outcome of <see cref="JwsVerifier"/>: one finding, and the key when it was found.</summary>
/// <param name="Finding">Passed with <see cref="CheckCodes.ProofValid"/>, or why not.</param>
/// <param name="Key">The resolved key, when resolution got that far.</param>
public sealed record JwsVerification(Finding Finding, KeyResolution? Key)
{
    /// <summary>Whether the signature verified.</summary>
    public bool Valid => Finding.Outcome == CheckOutcome.Passed;

    /// <summary>The DID that controls the key of a valid signature.</summary>
    public string? Controller => Valid ? Key?.Controller : null;
}
