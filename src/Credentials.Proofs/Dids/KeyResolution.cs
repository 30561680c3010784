using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Dids;

/// <summary>The result of resolving a verification method id (a JWS <c>kid</c>) to a key.</summary>
/// <param name="Key">The public key, when resolved.</param>
/// <param name="Controller">The DID that controls the key.</param>
/// <param name="Failure">Why it was not resolved; null on success.</param>
/// <param name="Message">A sentence for the report.</param>
public sealed record KeyResolution(Jwk? Key, string? Controller, KeyResolutionFailure? Failure, string Message)
{
    /// <summary>A resolved key.</summary>
    public static KeyResolution Resolved(Jwk key, string controller) => new(key, controller, null, "resolved");

    /// <summary>A failure.</summary>
    public static KeyResolution Failed(KeyResolutionFailure failure, string message) => new(null, null, failure, message);
}
