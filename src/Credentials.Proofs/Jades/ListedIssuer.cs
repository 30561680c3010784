using Credentials.Proofs.Findings;
using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.TrustedLists;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Says why a chain that did not reach an anchor is not trusted through the configured EU trusted lists: the
/// certificate or its issuer is a listed service whose status at that time was not granted (ETSI TS 119 612 §5.5.10), or no listed service was
/// an anchor then. Undecided, like any chain to an issuer that is not an anchor (<c>trust.anchor-unknown</c>).
/// </summary>
internal static class ListedIssuer
{
    /// <param name="verdict">The chain's verdict; returned unchanged unless it is an unknown or missing anchor.</param>
    /// <param name="certificate">The certificate whose chain was judged.</param>
    /// <param name="lists">The configured trusted lists.</param>
    /// <param name="granted">The services of a list that were anchors for this role at <paramref name="at"/>.</param>
    /// <param name="at">The time the chain was judged at.</param>
    /// <param name="role">What the certificate is, for messages.</param>
    /// <param name="wanted">What an anchor service had to be, for messages ("a granted qualified CA for electronic seals").</param>
    public static ChainVerdict Explain(
        ChainVerdict verdict, X509Certificate2 certificate, IReadOnlyList<TrustedList> lists, Func<TrustedList, IEnumerable<TrustedService>> granted, DateTimeOffset at, string role, string wanted)
    {
        if (lists.Count == 0 || verdict.Code is not (CheckCodes.TrustNoAnchor or CheckCodes.TrustAnchorUnknown or CheckCodes.ProofTimestampUnverified))
        {
            return verdict;
        }

        var code = verdict.Code == CheckCodes.TrustNoAnchor ? CheckCodes.TrustAnchorUnknown : verdict.Code;
        var names = string.Join(", ", lists.Select(l => l.Name));
        var listed = lists.SelectMany(l => l.Services)
            .Where(s => s.Certificates.Any(c => c.RawDataMemory.Span.SequenceEqual(certificate.RawDataMemory.Span) || Issued(c, certificate))).ToList();
        var anchors = lists.SelectMany(granted).ToHashSet(ReferenceEqualityComparer.Instance);
        if (listed.Any(anchors.Contains))
        {
            // A granted service issued it and the chain still did not reach it: the generic reason is the true one.
            return verdict;
        }

        var service = listed.FirstOrDefault();
        var message = service is null
            ? $"{role} leads to no service of the configured trusted lists ({names}) that was {wanted} at {at:yyyy-MM-ddTHH:mm:ssZ}, nor to another configured anchor"
            : $"{role} belongs to the {service.DescriptionAt(at)}, which was not {wanted} at {at:yyyy-MM-ddTHH:mm:ssZ}";
        return new ChainVerdict(JadesOutcome.Indeterminate, message, code, null);
    }

    // RFC 5280 §4.2.1.1: the issuer's name is the certificate's issuer name and, when both say, its key identifier the authority key identifier.
    private static bool Issued(X509Certificate2 issuer, X509Certificate2 certificate)
    {
        if (!issuer.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData))
        {
            return false;
        }

        var authority = certificate.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().FirstOrDefault()?.KeyIdentifier;
        var subject = issuer.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()?.SubjectKeyIdentifierBytes;
        return authority is null || subject is null || authority.Value.Span.SequenceEqual(subject.Value.Span);
    }
}
