namespace Credentials.Proofs.KeyProofs;

/// <summary>What a wallet's key proof must say to be accepted.</summary>
/// <param name="CredentialIssuer">The credential issuer identifier the proof's <c>aud</c> must equal.</param>
/// <param name="Now">The time of the request.</param>
/// <param name="MaxAge">How long before <paramref name="Now"/> the proof may have been made (<c>iat</c>).</param>
/// <param name="ClockSkew">How far a wallet's clock may run ahead.</param>
public sealed record KeyProofExpectations(string CredentialIssuer, DateTimeOffset Now, TimeSpan MaxAge, TimeSpan ClockSkew);
