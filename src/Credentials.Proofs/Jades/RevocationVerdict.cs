namespace Credentials.Proofs.Jades;

/// <summary>Whether the sealing certificate was revoked when the seal existed.</summary>
/// <param name="Outcome">Passed (not revoked then, or the certificate is itself an anchor), Failed (revoked before), Indeterminate (no usable revocation data), Skipped.</param>
/// <param name="Message">A plain-language explanation.</param>
/// <param name="Code">The problem code, null when passed or skipped.</param>
internal sealed record RevocationVerdict(JadesOutcome Outcome, string Message, string? Code);
