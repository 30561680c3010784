using Credentials.Proofs.Findings;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Revocation of every certificate of the seal's chain below the anchor (the sealing certificate and the CAs above
/// it, RFC 5280 §6.1.3 (a)(3)), from the values the seal carries (<c>etsiU</c> <c>rVals</c>, ETSI TS 119 182-1
/// §5.3.5.2) and those fetched from hosts the operator allows: CRLs and OCSP responses, each counted only when the
/// certificate's issuer (or its delegated responder) signed it. A status that was known after the seal existed (ETSI
/// EN 319 102-1 §5.2.5 freshness) decides: revoked before the proof of existence (else now) fails; no fresh status
/// for any one certificate is Indeterminate.
/// </summary>
internal static class RevocationCheck
{
    public static RevocationVerdict Evaluate(
        ChainVerdict chain, RevocationValues values, DateTimeOffset at, bool judgedNow, TimeSpan skew, string fetchNote = "nothing is fetched",
        string leafRole = "the sealing certificate", string judged = "the time the seal is judged at")
    {
        if (chain.Outcome != JadesOutcome.Passed)
        {
            return new RevocationVerdict(JadesOutcome.Skipped, "skipped: the certificate chain is not validated", null);
        }

        var issued = chain.Issued().ToList();

        // RFC 5280 §6.1: a trust anchor is not checked for revocation.
        if (issued.Count == 0)
        {
            return new RevocationVerdict(JadesOutcome.Passed, $"not applicable: {leafRole} is itself a configured anchor", null);
        }

        var verdicts = issued.Select((pair, i) => One(pair.Certificate, pair.Issuer, i == 0 ? leafRole : $"the CA certificate '{pair.Certificate.Subject}'", values, new Judged(at, judgedNow, skew, judged), fetchNote)).ToList();
        if (verdicts.FirstOrDefault(v => v.Outcome == JadesOutcome.Failed) is { } failed)
        {
            return failed;
        }

        if (verdicts.FirstOrDefault(v => v.Outcome == JadesOutcome.Indeterminate) is { } unknown)
        {
            return unknown;
        }

        return verdicts.Count == 1 ? verdicts[0] : verdicts[0] with { Message = verdicts[0].Message + $"; and {verdicts.Count - 1} CA certificate(s) above it were not revoked then either" };
    }

    private static RevocationVerdict One(
        X509Certificate2 certificate, X509Certificate2 issuer, string role, RevocationValues values, Judged judged, string fetchNote)
    {
        var (at, judgedNow, skew, when) = judged;
        var evidence = values.Crls.Select(c => CrlValue.Evaluate(c, certificate, issuer))
            .Concat(values.OcspResponses.Select(o => OcspValue.Evaluate(o, certificate, issuer)))
            .OfType<RevocationEvidence>()
            .ToList();
        if (evidence.FirstOrDefault(e => e.RevokedAt <= at) is { } revoked)
        {
            var message = $"{role} was revoked on {revoked.RevokedAt:yyyy-MM-ddTHH:mm:ssZ} ({revoked.Source} of '{issuer.Subject}'), before {at:yyyy-MM-ddTHH:mm:ssZ}, {when}";
            return new RevocationVerdict(JadesOutcome.Failed, message, CheckCodes.ProofCertificateRevoked);
        }

        // A status known only before the seal existed cannot exclude a revocation in between; allow the clock skew,
        // since responders answer seconds before the time-stamp is taken. Without a proof of existence the seal is
        // judged now, and then the current status decides (RFC 5280 §6.3.3: a CRL whose nextUpdate has not passed).
        bool Fresh(RevocationEvidence e) =>
            e.ThisUpdate + skew >= at || (judgedNow && e.ThisUpdate <= at + skew && e.NextUpdate is { } next && next + skew >= at);
        if (evidence.Where(Fresh).OrderByDescending(e => e.ThisUpdate).FirstOrDefault() is { } fresh)
        {
            var later = fresh.RevokedAt is { } r ? $" (revoked later, on {r:yyyy-MM-ddTHH:mm:ssZ})" : string.Empty;
            return new RevocationVerdict(JadesOutcome.Passed,
                $"{role} was not revoked at {at:yyyy-MM-ddTHH:mm:ssZ}: {fresh.Source} of {fresh.ThisUpdate:yyyy-MM-ddTHH:mm:ssZ} signed for '{issuer.Subject}'{later}", null);
        }

        var why = evidence.Count > 0
            ? $"the revocation data ({string.Join(", ", evidence.Select(e => $"{e.Source} of {e.ThisUpdate:yyyy-MM-ddTHH:mm:ssZ}"))}) is older than {at:yyyy-MM-ddTHH:mm:ssZ}, {when}"
            : values.Count > 0
                ? $"none of the CRLs or OCSP responses at hand is signed for it by its issuer, and {fetchNote}"
                : $"no revocation data is at hand (no rVals CRL or OCSP response), and {fetchNote}";
        return new RevocationVerdict(JadesOutcome.Indeterminate, $"it is unknown whether {role} was revoked: " + why, CheckCodes.ProofRevocationUnknown);
    }

    private sealed record Judged(DateTimeOffset At, bool JudgedNow, TimeSpan Skew, string When);
}
