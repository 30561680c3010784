namespace Credentials.Verifier.Presentations;

/// <summary>What the verifier asked the holder for: the proof must answer exactly these.</summary>
/// <param name="Challenge">The nonce the verifier issued for this presentation. Required: without it the
/// presentation fails with <c>presentation.challenge-required</c>, because a copied presentation could be replayed.</param>
/// <param name="Domain">The verifier's domain; null when the verifier does not bind presentations to one.</param>
public sealed record PresentationExpectations(string? Challenge, string? Domain = null);
