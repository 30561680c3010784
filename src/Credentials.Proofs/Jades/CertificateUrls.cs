using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>Where a certificate says its revocation status is published (RFC 5280 §4.2.2.1 AIA, §4.2.1.13 CDP).</summary>
internal static class CertificateUrls
{
    private const string CrlDistributionPointsOid = "2.5.29.31";
    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag UriTag = new(TagClass.ContextSpecific, 6);

    /// <summary>The OCSP responders of the authority information access extension (id-ad-ocsp).</summary>
    public static IReadOnlyList<Uri> Ocsp(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509AuthorityInformationAccessExtension>()
            .SelectMany(e => Safe(e.EnumerateOcspUris))
            .Select(Parse)
            .OfType<Uri>()
            .ToList();

    /// <summary>The full-name URIs of the CRL distribution points extension.</summary>
    public static IReadOnlyList<Uri> Crls(X509Certificate2 certificate)
    {
        var urls = new List<Uri>();
        if (certificate.Extensions[CrlDistributionPointsOid] is not { } extension)
        {
            return urls;
        }

        try
        {
            // DistributionPoint ::= SEQUENCE { distributionPoint [0] DistributionPointName OPTIONAL, ... };
            // DistributionPointName ::= CHOICE { fullName [0] GeneralNames, ... }; uniformResourceIdentifier [6] IA5String.
            var points = new AsnReader(extension.RawData, AsnEncodingRules.DER).ReadSequence();
            while (points.HasData)
            {
                var point = points.ReadSequence();
                if (!point.HasData || !point.PeekTag().HasSameClassAndValue(Context0))
                {
                    continue;
                }

                var name = point.ReadSequence(Context0);
                if (!name.HasData || !name.PeekTag().HasSameClassAndValue(Context0))
                {
                    continue;
                }

                var names = name.ReadSequence(Context0);
                while (names.HasData)
                {
                    if (names.PeekTag().HasSameClassAndValue(UriTag) && Parse(names.ReadCharacterString(UniversalTagNumber.IA5String, UriTag)) is { } url)
                    {
                        urls.Add(url);
                    }
                    else
                    {
                        names.ReadEncodedValue();
                    }
                }
            }
        }
        catch (AsnContentException)
        {
            return urls;
        }

        return urls;
    }

    private static List<string> Safe(Func<IEnumerable<string>> read)
    {
        try
        {
            return read().ToList();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [];
        }
    }

    private static Uri? Parse(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
}
