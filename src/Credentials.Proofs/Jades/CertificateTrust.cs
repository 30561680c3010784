using Credentials.Proofs.Findings;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>Builds the sealing certificate's chain to the operator's anchors, offline, as of the signing time.</summary>
internal static class CertificateTrust
{
    public static (JadesOutcome Outcome, string Message, JadesProblem? Problem) Evaluate(
        X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, X509Certificate2Collection anchors, DateTimeOffset at)
    {
        if (anchors.Count == 0)
        {
            const string message = "no trust anchors are configured, so it is unknown whether a trusted authority issued the sealing certificate; configure the CA certificates you trust (for example from the EU trusted lists)";
            return (JadesOutcome.Indeterminate, message, new JadesProblem(CheckCodes.TrustNoAnchor, message));
        }

        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        policy.CustomTrustStore.AddRange(anchors);
        foreach (var certificate in intermediates)
        {
            policy.ExtraStore.Add(certificate);
        }

        // Offline: no AIA fetching and no CRL/OCSP (design §8); the time is the signing time, so a certificate that
        // expired after sealing still chains (AdES validation judges a certificate at the time the signature existed).
        policy.DisableCertificateDownloads = true;
        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.VerificationTimeIgnored = false;
        policy.VerificationTime = at.UtcDateTime;

        var built = chain.Build(leaf);
        var anchor = built ? chain.ChainElements[^1].Certificate : AnchorOfPartialChain(chain, anchors);
        if (anchor is not null)
        {
            return (JadesOutcome.Passed, $"the sealing certificate chains to the configured anchor '{anchor.Subject}' (revocation not checked offline)", null);
        }

        var reasons = string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct());
        var failure = $"the sealing certificate does not chain to a configured trust anchor at {at:yyyy-MM-ddTHH:mm:ssZ}: {(reasons.Length > 0 ? reasons : "no chain")}";
        return (JadesOutcome.Failed, failure, new JadesProblem(CheckCodes.TrustChainInvalid, failure));
    }

    /// <summary>
    /// The anchor a chain reaches when the anchor is not a self-signed root. RFC 5280 §6.1.1 lets any certificate be
    /// a trust anchor, and operators often anchor on the issuing CA of seal certificates; the platform chain engine in
    /// custom-root mode only ends chains at self-signed roots and reports a partial chain instead. Accept it when an
    /// element is an anchor and every element up to it is otherwise valid (signatures, validity time, usage).
    /// </summary>
    private static X509Certificate2? AnchorOfPartialChain(X509Chain chain, X509Certificate2Collection anchors)
    {
        const X509ChainStatusFlags Tolerated = X509ChainStatusFlags.PartialChain | X509ChainStatusFlags.UntrustedRoot;
        foreach (var element in chain.ChainElements)
        {
            if (element.ChainElementStatus.Any(s => (s.Status & ~Tolerated) != X509ChainStatusFlags.NoError))
            {
                return null;
            }

            if (anchors.Any(a => a.RawDataMemory.Span.SequenceEqual(element.Certificate.RawDataMemory.Span)))
            {
                return element.Certificate;
            }
        }

        return null;
    }
}
