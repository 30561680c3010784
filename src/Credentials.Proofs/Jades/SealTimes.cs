namespace Credentials.Proofs.Jades;

/// <summary>The times a seal's certificate validity is judged by.</summary>
/// <param name="SigT">The signing time the seal claims (signed, but only the signer's word).</param>
/// <param name="ProofOfExistence">The time of a validated signature time-stamp, else null.</param>
/// <param name="TimeStampMessage">Why there is or is not a proof of existence.</param>
/// <param name="Issued">The credential's own issuance date, when it states one.</param>
/// <param name="Now">The clock.</param>
/// <param name="Skew">Tolerance for clocks that disagree.</param>
internal sealed record SealTimes(DateTimeOffset? SigT, DateTimeOffset? ProofOfExistence, string TimeStampMessage, DateTimeOffset? Issued, DateTimeOffset Now, TimeSpan Skew);
