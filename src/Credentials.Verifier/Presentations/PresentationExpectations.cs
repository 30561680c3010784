namespace Credentials.Verifier.Presentations;

/// <summary>What the verifier asked the holder for: the proof must answer exactly these.</summary>
/// <param name="Challenge">The nonce the verifier issued for this presentation. Required: without it the
/// presentation fails with <c>presentation.challenge-required</c>, because a copied presentation could be replayed.</param>
/// <param name="Domain">The verifier's domain; null when the verifier does not bind presentations to one.</param>
/// <param name="RequireHolderBinding">
/// True: the presentation must name its holder and every credential with a DID subject must have been issued to that
/// holder (an employer's question: is the one presenting the learner). False (VC Data Model 2.0, where <c>holder</c> is
/// optional and the holder–subject relation is the verifier's business): both are still reported, as their own
/// results, but do not fail the presentation.
/// </param>
public sealed record PresentationExpectations(string? Challenge, string? Domain = null, bool RequireHolderBinding = false);
