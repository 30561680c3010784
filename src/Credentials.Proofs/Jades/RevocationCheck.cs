using Credentials.Proofs.Findings;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Revocation of the sealing certificate from the values the seal carries (<c>etsiU</c> <c>rVals</c>, ETSI TS 119
/// 182-1 §5.3.5.2): CRLs and OCSP responses, each counted only when its issuer (or its delegated responder) signed it.
/// Nothing is fetched. A status that was known after the seal existed (ETSI EN 319 102-1 §5.2.5 freshness) decides:
/// revoked before the proof of existence (else now) fails; no fresh status is Indeterminate.
/// </summary>
internal static class RevocationCheck
{
    public static RevocationVerdict Evaluate(
        X509Certificate2 leaf, ChainVerdict chain, RevocationValues values, DateTimeOffset at, TimeSpan skew)
    {
        if (chain.Outcome != JadesOutcome.Passed)
        {
            return new RevocationVerdict(JadesOutcome.Skipped, "skipped: the certificate chain is not validated", null);
        }

        // RFC 5280 §6.1: a trust anchor is not checked for revocation.
        if (chain.Issuer is not { } issuer)
        {
            return new RevocationVerdict(JadesOutcome.Passed, "not applicable: the sealing certificate is itself a configured anchor", null);
        }

        var evidence = values.Crls.Select(c => CrlValue.Evaluate(c, leaf, issuer))
            .Concat(values.OcspResponses.Select(o => OcspValue.Evaluate(o, leaf, issuer)))
            .OfType<RevocationEvidence>()
            .ToList();
        if (evidence.FirstOrDefault(e => e.RevokedAt <= at) is { } revoked)
        {
            var message = $"the sealing certificate was revoked on {revoked.RevokedAt:yyyy-MM-ddTHH:mm:ssZ} ({revoked.Source} of '{issuer.Subject}'), before {at:yyyy-MM-ddTHH:mm:ssZ}, the time the seal is judged at";
            return new RevocationVerdict(JadesOutcome.Failed, message, CheckCodes.ProofCertificateRevoked);
        }

        // A status known only before the seal existed cannot exclude a revocation in between; allow the clock skew,
        // since responders answer seconds before the time-stamp is taken.
        if (evidence.Where(e => e.ThisUpdate + skew >= at).OrderByDescending(e => e.ThisUpdate).FirstOrDefault() is { } fresh)
        {
            var later = fresh.RevokedAt is { } r ? $" (revoked later, on {r:yyyy-MM-ddTHH:mm:ssZ})" : string.Empty;
            return new RevocationVerdict(JadesOutcome.Passed,
                $"the sealing certificate was not revoked at {at:yyyy-MM-ddTHH:mm:ssZ}: {fresh.Source} of {fresh.ThisUpdate:yyyy-MM-ddTHH:mm:ssZ} signed for '{issuer.Subject}'{later}", null);
        }

        var why = evidence.Count > 0
            ? $"the seal's revocation data ({string.Join(", ", evidence.Select(e => $"{e.Source} of {e.ThisUpdate:yyyy-MM-ddTHH:mm:ssZ}"))}) is older than {at:yyyy-MM-ddTHH:mm:ssZ}, the time the seal is judged at"
            : values.Count > 0
                ? "none of the CRLs or OCSP responses the seal carries is signed for the sealing certificate by its issuer"
                : "the seal carries no revocation data (no rVals CRL or OCSP response), and nothing is fetched";
        return new RevocationVerdict(JadesOutcome.Indeterminate, "it is unknown whether the sealing certificate was revoked: " + why, CheckCodes.ProofRevocationUnknown);
    }
}
