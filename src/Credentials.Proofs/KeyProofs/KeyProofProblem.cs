namespace Credentials.Proofs.KeyProofs;

/// <summary>Why a key proof was refused, as the OpenID4VCI 1.0 §8.3.1.2 error it is answered with.</summary>
public enum KeyProofProblem
{
    /// <summary>The proof is malformed, of the wrong type, badly signed, for another issuer or stale: <c>invalid_proof</c>.</summary>
    InvalidProof,

    /// <summary>The proof carries no <c>nonce</c>: <c>invalid_nonce</c>.</summary>
    MissingNonce,
}
