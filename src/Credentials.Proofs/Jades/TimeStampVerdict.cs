namespace Credentials.Proofs.Jades;

/// <summary>The outcome of validating a seal's signature time-stamp (<c>sigTst</c>).</summary>
/// <param name="Outcome">Passed (a proof of existence), Failed, Indeterminate (no or unknown TSA anchor), or Skipped (no time-stamp).</param>
/// <param name="Message">A plain-language explanation.</param>
/// <param name="Code">The problem code, null when passed or skipped.</param>
/// <param name="ProofOfExistence">The time-stamp's time when it was validated, else null.</param>
/// <param name="Authority">The subject of the TSA certificate, when validated.</param>
internal sealed record TimeStampVerdict(JadesOutcome Outcome, string Message, string? Code, DateTimeOffset? ProofOfExistence, string? Authority);
