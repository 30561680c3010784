using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// What <see cref="JadesVerifier.Verify"/> found. Each part has its own outcome; <see cref="Problems"/> lists every
/// problem with a stable code. Only <see cref="IsVerified"/> says the seal is intact, valid and trusted.
/// </summary>
public sealed class JadesVerification
{
    /// <summary>Whether the input looked like a JWS JSON serialization (a JAdES seal); false for other input.</summary>
    public bool IsSeal { get; init; }

    /// <summary>The sealed credential as JSON text, when the envelope could be read.</summary>
    public string? PayloadJson { get; init; }

    /// <summary>The <c>alg</c> of the seal, when present.</summary>
    public string? Algorithm { get; init; }

    /// <summary>Whether the signature covers the protected header and the payload exactly as given.</summary>
    public JadesOutcome Integrity { get; init; } = JadesOutcome.Skipped;

    /// <summary>Explains <see cref="Integrity"/>.</summary>
    public string IntegrityMessage { get; init; } = string.Empty;

    /// <summary>The organisation named by the sealing certificate, when it could be read.</summary>
    public SealOrganisation? Organisation { get; init; }

    /// <summary>The sealing certificate (<c>x5c[0]</c>), when it could be read.</summary>
    public X509Certificate2? SigningCertificate { get; init; }

    /// <summary>The signing time the seal claims in its protected header (<c>sigT</c>).</summary>
    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>The time a signature time-stamp (<c>etsiU</c> <c>sigTst</c>) covering this signature states, validated or not.</summary>
    public DateTimeOffset? TimeStampTime { get; init; }

    /// <summary>
    /// Whether the signature time-stamp was validated (TSA signature, imprint, TSA chain to a configured TSA anchor);
    /// Skipped when the seal carries none.
    /// </summary>
    public JadesOutcome TimeStamp { get; init; } = JadesOutcome.Skipped;

    /// <summary>Explains <see cref="TimeStamp"/>.</summary>
    public string TimeStampMessage { get; init; } = string.Empty;

    /// <summary>The best proof of existence: the time of a validated time-stamp, else null (the chain is then judged now).</summary>
    public DateTimeOffset? ProofOfExistence { get; init; }

    /// <summary>The subject of the validated time-stamp's TSA certificate.</summary>
    public string? TimeStampAuthority { get; init; }

    /// <summary>
    /// Whether the validated time-stamp's TSA certificate (and the CAs above it, below the TSA anchor) was not revoked
    /// at the time-stamp's time. Failed: revoked then, so the time-stamp is no proof of existence. Indeterminate: no
    /// usable status; the time-stamp is still the proof of existence, but the seal is not verified. Skipped without a
    /// validated TSA chain.
    /// </summary>
    public JadesOutcome TimeStampRevocation { get; init; } = JadesOutcome.Skipped;

    /// <summary>Explains <see cref="TimeStampRevocation"/>.</summary>
    public string TimeStampRevocationMessage { get; init; } = string.Empty;

    /// <summary>The code that goes with <see cref="TimeStampRevocation"/> when it did not pass.</summary>
    public string? TimeStampRevocationCode { get; init; }

    /// <summary>Whether the sealing certificate was valid at the proof of existence (else now), and <c>sigT</c> and the credential's issuance date are consistent with it.</summary>
    public JadesOutcome CertificateValidity { get; init; } = JadesOutcome.Skipped;

    /// <summary>Explains <see cref="CertificateValidity"/>.</summary>
    public string CertificateValidityMessage { get; init; } = string.Empty;

    /// <summary>The code that goes with <see cref="CertificateValidity"/> when it did not pass.</summary>
    public string? CertificateValidityCode { get; init; }

    /// <summary>Whether the sealing certificate chains to a configured trust anchor; Indeterminate when none is configured.</summary>
    public JadesOutcome Trust { get; init; } = JadesOutcome.Skipped;

    /// <summary>Explains <see cref="Trust"/>.</summary>
    public string TrustMessage { get; init; } = string.Empty;

    /// <summary>The code that goes with <see cref="Trust"/> when it did not pass.</summary>
    public string? TrustCode { get; init; }

    /// <summary>
    /// Whether the sealing certificate and the CAs above it (below the anchor) were not revoked at the proof of
    /// existence (else now), from the CRLs and OCSP responses the seal carries or that were fetched; Indeterminate without usable revocation data; Skipped when the chain is not validated.
    /// </summary>
    public JadesOutcome Revocation { get; init; } = JadesOutcome.Skipped;

    /// <summary>Explains <see cref="Revocation"/>.</summary>
    public string RevocationMessage { get; init; } = string.Empty;

    /// <summary>The code that goes with <see cref="Revocation"/> when it did not pass.</summary>
    public string? RevocationCode { get; init; }

    /// <summary>The certificates (with their issuers) whose revocation status was not known, for fetching: the seal's chain and the TSA's.</summary>
    internal IReadOnlyList<(X509Certificate2 Certificate, X509Certificate2 Issuer)> RevocationTargets { get; init; } = [];

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<JadesProblem> Problems { get; init; } = [];

    /// <summary>
    /// True only when integrity, certificate validity, trust and revocation all passed, and the revocation status of a
    /// time-stamp relied on is not unknown.
    /// </summary>
    public bool IsVerified =>
        Integrity == JadesOutcome.Passed && CertificateValidity == JadesOutcome.Passed && Trust == JadesOutcome.Passed && Revocation == JadesOutcome.Passed
        && TimeStampRevocation != JadesOutcome.Indeterminate;
}
