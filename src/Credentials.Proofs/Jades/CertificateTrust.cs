using Credentials.Proofs.Findings;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Builds a certificate's chain to the operator's anchors, offline, at one time. One policy for every chain (seal
/// certificates and time-stamping authorities): a chain that reaches a configured anchor passes; a chain that ends at
/// a root nobody configured, or at an issuer that is not at hand, is Indeterminate (<c>trust.anchor-unknown</c>);
/// a chain that is broken (a bad signature, a wrong usage, a CA that may not issue) is Failed.
/// </summary>
internal static class CertificateTrust
{
    /// <summary>RFC 3161 §2.3: a TSA's certificate carries the critical extended key usage id-kp-timeStamping.</summary>
    public const string TimeStampingUsage = "1.3.6.1.5.5.7.3.8";

    // What makes a chain "unknown" rather than broken.
    private const X509ChainStatusFlags Unknown = X509ChainStatusFlags.PartialChain | X509ChainStatusFlags.UntrustedRoot;

    /// <param name="leaf">The certificate to judge.</param>
    /// <param name="intermediates">Certificates that may help build the chain; none of them is trusted.</param>
    /// <param name="anchors">The operator's anchors for this role.</param>
    /// <param name="at">The time the chain is judged at.</param>
    /// <param name="proven">Whether <paramref name="at"/> is a proof of existence; if not, a certificate that is out of its validity then is Indeterminate, not Failed.</param>
    /// <param name="role">What the certificate is, for messages ("the sealing certificate").</param>
    /// <param name="usage">An extended key usage every element must allow, or null.</param>
    /// <param name="noAnchorCode">The code when no anchor is configured for this role.</param>
    /// <param name="anchorNames">Where anchors came from, for the message.</param>
    public static ChainVerdict Evaluate(
        X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, X509Certificate2Collection anchors, DateTimeOffset at,
        bool proven, string role, string? usage, string noAnchorCode, IReadOnlyDictionary<string, string>? anchorNames = null)
    {
        if (anchors.Count == 0)
        {
            var message = $"no trust anchors are configured for {role}, so it is unknown whether a trusted authority issued it; configure the CA certificates you trust (for example from the EU trusted lists)";
            return new ChainVerdict(JadesOutcome.Indeterminate, message, noAnchorCode, null);
        }

        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        policy.CustomTrustStore.AddRange(anchors);
        foreach (var certificate in intermediates)
        {
            policy.ExtraStore.Add(certificate);
        }

        if (usage is not null)
        {
            policy.ApplicationPolicy.Add(new Oid(usage));
        }

        // Offline: no AIA fetching and no CRL/OCSP here (design §8; revocation is judged from the values the seal
        // carries). The time is the proof of existence when there is one (ETSI EN 319 102-1 §5.6.2.1), else now.
        policy.DisableCertificateDownloads = true;
        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.VerificationTimeIgnored = false;
        policy.VerificationTime = at.UtcDateTime;

        var built = chain.Build(leaf);
        var anchor = built ? chain.ChainElements[^1].Certificate : AnchorOfPartialChain(chain, anchors);
        if (anchor is not null)
        {
            var issuer = chain.ChainElements.Count > 1 && !ReferenceEquals(chain.ChainElements[0].Certificate, anchor) ? chain.ChainElements[1].Certificate : null;
            var source = anchorNames is not null && anchorNames.TryGetValue(TrustedLists.TrustedListAnchors.Key(anchor), out var named) ? $", {named}," : string.Empty;
            var path = chain.ChainElements.Select(e => e.Certificate).TakeWhile(c => !ReferenceEquals(c, anchor)).Append(anchor).ToList();
            return new ChainVerdict(JadesOutcome.Passed, $"{role} chains to the configured anchor '{anchor.Subject}'{source} at {at:yyyy-MM-ddTHH:mm:ssZ}", null, anchor, issuer, path);
        }

        var flags = chain.ChainElements.SelectMany(e => e.ChainElementStatus).Concat(chain.ChainStatus)
            .Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status);
        var reasons = string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct());
        var detail = reasons.Length > 0 ? reasons : "no chain";
        var broken = flags & ~Unknown & ~X509ChainStatusFlags.NotTimeValid;
        if (broken == X509ChainStatusFlags.NoError && (flags & X509ChainStatusFlags.NotTimeValid) != 0 && !proven)
        {
            var message = $"{role} or a certificate above it is not valid at {at:yyyy-MM-ddTHH:mm:ssZ}, and without a validated time-stamp it cannot be shown that the seal was made while it was valid";
            return new ChainVerdict(JadesOutcome.Indeterminate, message, CheckCodes.ProofNoProofOfExistence, null);
        }

        if (broken == X509ChainStatusFlags.NoError && (flags & X509ChainStatusFlags.NotTimeValid) == 0)
        {
            var message = $"{role} leads to an issuer or root that is not among the configured anchors ({detail})";
            return new ChainVerdict(JadesOutcome.Indeterminate, message, CheckCodes.TrustAnchorUnknown, null);
        }

        var failure = $"{role} does not chain to a configured trust anchor at {at:yyyy-MM-ddTHH:mm:ssZ}: {detail}";
        return new ChainVerdict(JadesOutcome.Failed, failure, CheckCodes.TrustChainInvalid, null);
    }

    /// <summary>
    /// The anchor a chain reaches when the anchor is not a self-signed root. RFC 5280 §6.1.1 lets any certificate be
    /// a trust anchor, and operators often anchor on the issuing CA of seal certificates; the platform chain engine in
    /// custom-root mode only ends chains at self-signed roots and reports a partial chain instead. Accept it when an
    /// element is an anchor and every element up to it is otherwise valid (signatures, validity time, usage).
    /// </summary>
    private static X509Certificate2? AnchorOfPartialChain(X509Chain chain, X509Certificate2Collection anchors)
    {
        foreach (var element in chain.ChainElements)
        {
            if (element.ChainElementStatus.Any(s => (s.Status & ~Unknown) != X509ChainStatusFlags.NoError))
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
