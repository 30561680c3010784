using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;

namespace Credentials.Proofs.Jades;

/// <summary>
/// A seal's verification as report findings, the same for a sealed credential and a sealed presentation: one
/// passed finding when the seal is intact, its certificate was valid when it was made and not revoked; otherwise one
/// finding per part that failed or could not be decided (integrity, certificate validity, revocation, the revocation
/// of the time-stamping authority).
/// </summary>
public static class JadesFindings
{
    /// <summary>The integrity, certificate-validity and revocation findings of <paramref name="seal"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="seal"/> is null.</exception>
    public static IReadOnlyList<Finding> Integrity(JadesVerification seal)
    {
        ArgumentNullException.ThrowIfNull(seal);
        var revocationDecided = seal.Revocation is JadesOutcome.Passed or JadesOutcome.Skipped;
        var tsaRevocationDecided = seal.TimeStampRevocation != JadesOutcome.Indeterminate;
        if (seal.Integrity == JadesOutcome.Passed && seal.CertificateValidity == JadesOutcome.Passed && revocationDecided && tsaRevocationDecided)
        {
            var org = seal.Organisation;
            var who = org is null ? "an unnamed organisation" : $"{org.Organisation ?? org.CommonName} ({org.OrganizationIdentifier ?? "no organisation identifier"}, {org.Country ?? "no country"})";
            var when = seal.SigningTime is { } t ? CredentialMembers.Show(t) : "an unknown time";
            var valid = seal.ProofOfExistence is { } poe
                ? $"its certificate was valid at its validated time-stamp of {CredentialMembers.Show(poe)} by {seal.TimeStampAuthority}"
                : $"its certificate is valid now (it claims to be sealed at {when}; no validated time-stamp)";
            return [Finding.Passed(CheckCodes.ProofValid, $"The {seal.Algorithm} seal by {who} is intact, and {valid}{(org?.IsQualified == true ? "; the certificate declares a qualified seal" : string.Empty)}.")];
        }

        var problems = seal.Problems.Where(p => p.Code.StartsWith("proof.", StringComparison.Ordinal)).ToList();
        var findings = new List<Finding>();
        if (seal.Integrity != JadesOutcome.Passed)
        {
            var code = problems.FirstOrDefault(p => p.Code is not (CheckCodes.ProofCertificateExpired or CheckCodes.ProofCertificateNotYetValid or CheckCodes.ProofTimestampInvalid
                or CheckCodes.ProofTimestampUnverified or CheckCodes.ProofTimestampRevocationUnknown or CheckCodes.ProofTimestampAuthorityRevoked or CheckCodes.ProofNoProofOfExistence or CheckCodes.ProofIssuedAfterSeal or CheckCodes.ProofSigningTimeMissing or CheckCodes.ProofSigningTimeInFuture))?.Code ?? CheckCodes.ProofSignatureInvalid;
            findings.Add(new Finding(Map(seal.Integrity), code, Sentence(seal.IntegrityMessage), "/signatures"));
        }

        // A broken signature decides the proof; an undecided certificate validity beside it would only be noise.
        var undecidedBesideFailure = seal.Integrity == JadesOutcome.Failed && seal.CertificateValidity == JadesOutcome.Indeterminate;
        if (seal.CertificateValidity is not (JadesOutcome.Passed or JadesOutcome.Skipped) && !undecidedBesideFailure)
        {
            var code = seal.CertificateValidityCode ?? CheckCodes.ProofCertificateInvalid;
            findings.Add(new Finding(Map(seal.CertificateValidity), code, Sentence(seal.CertificateValidityMessage), "/signatures/0/protected"));
        }

        if (!revocationDecided && seal.Integrity == JadesOutcome.Passed)
        {
            findings.Add(new Finding(Map(seal.Revocation), seal.RevocationCode ?? CheckCodes.ProofRevocationUnknown, Sentence(seal.RevocationMessage), "/signatures/0/header"));
        }

        // The time-stamp is still the proof of existence, but a TSA that may have been revoked is never a silent pass.
        if (!tsaRevocationDecided && seal.Integrity == JadesOutcome.Passed)
        {
            findings.Add(Finding.Indeterminate(seal.TimeStampRevocationCode ?? CheckCodes.ProofTimestampRevocationUnknown, Sentence(seal.TimeStampRevocationMessage)));
        }

        return findings.Count > 0 ? findings : [Finding.Failed(CheckCodes.ProofSignatureInvalid, Sentence(seal.IntegrityMessage))];
    }

    /// <summary>The trust finding of <paramref name="seal"/>: its chain to the operator's anchors, judged at its proof of existence (else now).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="seal"/> is null.</exception>
    public static Finding Trust(JadesVerification seal) => (seal ?? throw new ArgumentNullException(nameof(seal))).Trust switch
    {
        JadesOutcome.Passed => Finding.Passed(CheckCodes.TrustTrusted, Sentence(seal.TrustMessage)),
        JadesOutcome.Failed => Finding.Failed(seal.TrustCode ?? CheckCodes.TrustChainInvalid, Sentence(seal.TrustMessage)),
        _ => Finding.Indeterminate(seal.TrustCode ?? CheckCodes.TrustNoAnchor, Sentence(seal.TrustMessage)),
    };

    private static CheckOutcome Map(JadesOutcome outcome) => outcome switch
    {
        JadesOutcome.Passed => CheckOutcome.Passed,
        JadesOutcome.Failed => CheckOutcome.Failed,
        JadesOutcome.Skipped => CheckOutcome.Skipped,
        _ => CheckOutcome.Indeterminate,
    };

    private static string Sentence(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..] + (s.EndsWith('.') ? string.Empty : ".");
}
