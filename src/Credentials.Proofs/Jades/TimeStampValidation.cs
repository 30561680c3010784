using Credentials.Proofs.Findings;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Validates a signature time-stamp (ETSI EN 319 102-1 §5.4, RFC 3161): the TSA's CMS signature over the token, the
/// imprint over this seal's signature value, and the TSA certificate's chain to the operator's TSA anchors with the
/// id-kp-timeStamping usage, judged at the time-stamp's own time, and that chain's revocation (ETSI EN 319 102-1
/// §5.6.2.4 applied to the TSA): a TSA certificate revoked at or before the time-stamp's time makes it no proof of
/// existence; a status that cannot be found keeps the time-stamp but is reported (<c>proof.timestamp-revocation-unknown</c>),
/// so the seal is never verified on it. Only a validated time-stamp is a proof of existence.
/// </summary>
internal static class TimeStampValidation
{
    public static TimeStampVerdict Validate(
        SignatureTimeStamp? timeStamp, string encodedSignature, JadesVerificationOptions options, RevocationValues revocation)
    {
        var (now, skew) = (options.TimeProvider.GetUtcNow(), options.ClockSkew);
        if (timeStamp is null)
        {
            return new TimeStampVerdict(JadesOutcome.Skipped, "the seal carries no usable signature time-stamp", null, null, null);
        }

        var time = timeStamp.Time;
        if (time > now + skew)
        {
            return Failed($"the signature time-stamp's time {time:yyyy-MM-ddTHH:mm:ssZ} is in the future");
        }

        var tsa = timeStamp.VerifyTsaSignature(encodedSignature, timeStamp.Certificates);
        if (tsa is null)
        {
            return Failed("the time-stamping authority's signature on the signature time-stamp does not verify (or its certificate is not in the token)");
        }

        // A TSA is judged with the anchors of its time-stamp's own time (from trusted lists: the status then).
        var (tsaAnchors, anchorNames) = options.TsaAnchorsAt(time);
        var chain = CertificateTrust.Evaluate(tsa, timeStamp.Certificates, tsaAnchors, time, proven: true,
            $"the time-stamping authority's certificate '{tsa.Subject}'", CertificateTrust.TimeStampingUsage, CheckCodes.ProofTimestampUnverified, anchorNames);
        chain = ListedIssuer.Explain(chain, tsa, options.TrustedLists, l => l.TimeStampingServices(time), time, $"the time-stamping authority's certificate '{tsa.Subject}'", "a granted qualified time-stamping service");
        return chain.Outcome switch
        {
            JadesOutcome.Passed => WithRevocation(chain, time, tsa, timeStamp, revocation, options),
            JadesOutcome.Failed => Failed("the signature time-stamp is not valid: " + chain.Message),
            _ => new TimeStampVerdict(JadesOutcome.Indeterminate,
                $"the signature time-stamp of {time:yyyy-MM-ddTHH:mm:ssZ} is not validated: {chain.Message}", CheckCodes.ProofTimestampUnverified, null, null),
        };
    }

    private static TimeStampVerdict WithRevocation(
        ChainVerdict chain, DateTimeOffset time, X509Certificate2 tsa, SignatureTimeStamp timeStamp, RevocationValues carried, JadesVerificationOptions options)
    {
        // The TSA's status from the seal's rVals (and tstVD), the token's own CMS crls, and what was fetched. A status
        // current at the time-stamp's time decides, as RFC 5280 §6.3.3 judges a certificate at a past time.
        var values = new RevocationValues();
        var own = timeStamp.Revocation;
        values.Crls.AddRange(carried.Crls.Concat(own.Crls));
        values.OcspResponses.AddRange(carried.OcspResponses.Concat(own.OcspResponses));
        var revocation = RevocationCheck.Evaluate(chain, values, time, judgedNow: true, options.ClockSkew, options.FetchNote,
            $"the time-stamping authority's certificate '{tsa.Subject}'", "the time-stamp's time");
        var validated = $"the signature time-stamp of {time:yyyy-MM-ddTHH:mm:ssZ} is validated: {chain.Message}";
        return revocation.Outcome switch
        {
            JadesOutcome.Failed => new TimeStampVerdict(JadesOutcome.Failed, "the signature time-stamp is no proof of existence: " + revocation.Message, CheckCodes.ProofTimestampAuthorityRevoked, null, null)
            {
                TsaRevocation = revocation with { Code = CheckCodes.ProofTimestampAuthorityRevoked },
            },
            JadesOutcome.Indeterminate => new TimeStampVerdict(JadesOutcome.Passed, validated, null, time, tsa.Subject)
            {
                TsaRevocation = revocation with { Code = CheckCodes.ProofTimestampRevocationUnknown },
                TsaRevocationTargets = chain.Issued().ToList(),
            },
            _ => new TimeStampVerdict(JadesOutcome.Passed, $"{validated}; {revocation.Message}", null, time, tsa.Subject) { TsaRevocation = revocation },
        };
    }

    private static TimeStampVerdict Failed(string message) => new(JadesOutcome.Failed, message, CheckCodes.ProofTimestampInvalid, null, null);
}
