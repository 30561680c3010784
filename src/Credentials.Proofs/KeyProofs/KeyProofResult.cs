using System.Text.Json.Nodes;

namespace Credentials.Proofs.KeyProofs;

/// <summary>The key a wallet proved possession of, or why its proof was refused.</summary>
/// <param name="HolderKey">The public JWK from the proof's header; null when refused.</param>
/// <param name="Nonce">The proof's <c>nonce</c>, for the caller to spend; null when refused.</param>
/// <param name="Problem">Why it was refused; null when accepted.</param>
/// <param name="Message">One sentence on the refusal; null when accepted.</param>
public sealed record KeyProofResult(JsonObject? HolderKey, string? Nonce, KeyProofProblem? Problem, string? Message)
{
    /// <summary>Whether the proof was accepted (its nonce still to be spent by the caller).</summary>
    public bool Accepted => Problem is null;

    internal static KeyProofResult Refused(string message, KeyProofProblem problem = KeyProofProblem.InvalidProof) => new(null, null, problem, message);
}
