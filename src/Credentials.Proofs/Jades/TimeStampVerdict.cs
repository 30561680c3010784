using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>The outcome of validating a seal's signature time-stamp (<c>sigTst</c>).</summary>
/// <param name="Outcome">Passed (a proof of existence), Failed, Indeterminate (no or unknown TSA anchor), or Skipped (no time-stamp).</param>
/// <param name="Message">A plain-language explanation.</param>
/// <param name="Code">The problem code, null when passed or skipped.</param>
/// <param name="ProofOfExistence">The time-stamp's time when it was validated, else null.</param>
/// <param name="Authority">The subject of the TSA certificate, when validated.</param>
internal sealed record TimeStampVerdict(JadesOutcome Outcome, string Message, string? Code, DateTimeOffset? ProofOfExistence, string? Authority)
{
    /// <summary>Whether the TSA's certificate chain was not revoked at the time-stamp's time; Skipped when the chain was not validated.</summary>
    public RevocationVerdict TsaRevocation { get; init; } = new(JadesOutcome.Skipped, "skipped: the time-stamping authority's chain is not validated", null);

    /// <summary>The TSA certificates (with their issuers) whose revocation status was not known, for fetching.</summary>
    public IReadOnlyList<(X509Certificate2 Certificate, X509Certificate2 Issuer)> TsaRevocationTargets { get; init; } = [];
}
