using Credentials.Proofs.Findings;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Validates a signature time-stamp (ETSI EN 319 102-1 §5.4, RFC 3161): the TSA's CMS signature over the token, the
/// imprint over this seal's signature value, and the TSA certificate's chain to the operator's TSA anchors with the
/// id-kp-timeStamping usage, judged at the time-stamp's own time. Only a validated time-stamp is a proof of existence.
/// </summary>
internal static class TimeStampValidation
{
    public static TimeStampVerdict Validate(
        SignatureTimeStamp? timeStamp, string encodedSignature, X509Certificate2Collection tsaAnchors, DateTimeOffset now, TimeSpan skew, IReadOnlyDictionary<string, string> anchorNames,
        IReadOnlyList<TrustedLists.TrustedList>? lists = null)
    {
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

        var chain = CertificateTrust.Evaluate(tsa, timeStamp.Certificates, tsaAnchors, time, proven: true,
            $"the time-stamping authority's certificate '{tsa.Subject}'", CertificateTrust.TimeStampingUsage, CheckCodes.ProofTimestampUnverified, anchorNames);
        chain = ListedIssuer.Explain(chain, tsa, lists ?? [], l => l.TimeStampingServices(time), time, $"the time-stamping authority's certificate '{tsa.Subject}'", "a granted qualified time-stamping service");
        return chain.Outcome switch
        {
            JadesOutcome.Passed => new TimeStampVerdict(JadesOutcome.Passed,
                $"the signature time-stamp of {time:yyyy-MM-ddTHH:mm:ssZ} is validated: {chain.Message}", null, time, tsa.Subject),
            JadesOutcome.Failed => Failed("the signature time-stamp is not valid: " + chain.Message),
            _ => new TimeStampVerdict(JadesOutcome.Indeterminate,
                $"the signature time-stamp of {time:yyyy-MM-ddTHH:mm:ssZ} is not validated: {chain.Message}", CheckCodes.ProofTimestampUnverified, null, null),
        };
    }

    private static TimeStampVerdict Failed(string message) => new(JadesOutcome.Failed, message, CheckCodes.ProofTimestampInvalid, null, null);
}
