using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.Jades;

namespace Credentials.TestKit;

/// <summary>
/// A throw-away certificate authority (a self-signed root) and a seal certificate it issues to an organisation, with
/// the seal's private key: a chain that is sound but ends wherever the test decides to anchor it, or not.
/// </summary>
public sealed class SealChain : IDisposable
{
    private SealChain(X509Certificate2 root, X509Certificate2 seal)
    {
        Root = root;
        Seal = seal;
        Key = JadesSigningKey.FromCertificate(seal, [root]);
    }

    /// <summary>The root certificate (public part only).</summary>
    public X509Certificate2 Root { get; }

    /// <summary>The seal certificate with its private key.</summary>
    public X509Certificate2 Seal { get; }

    /// <summary>The sealing key, carrying the root in <c>x5c</c>.</summary>
    public JadesSigningKey Key { get; }

    /// <summary>A root named <paramref name="rootName"/> and, under it, a seal certificate for the organisation (ETSI EN 319 412-1 names: CN, O, organizationIdentifier, C).</summary>
    public static SealChain Create(string rootName, string organisation, string organizationIdentifier, string country, DateTimeOffset now)
    {
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest(rootName, rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false));
        using var rootWithKey = rootRequest.CreateSelfSigned(now.AddYears(-1), now.AddYears(5));

        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion(country);
        name.Add("2.5.4.97", organizationIdentifier, UniversalTagNumber.UTF8String);
        name.AddOrganizationName(organisation);
        name.AddCommonName(organisation + " seal");
        using var sealKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var sealRequest = new CertificateRequest(name.Build(), sealKey, HashAlgorithmName.SHA256);
        sealRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        sealRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        sealRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(rootWithKey, true, false));
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using var seal = sealRequest.Create(rootWithKey, now.AddDays(-1), now.AddYears(2), serial);

        return new SealChain(X509CertificateLoader.LoadCertificate(rootWithKey.RawData), seal.CopyWithPrivateKey(sealKey));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Key.Dispose();
        Seal.Dispose();
        Root.Dispose();
    }
}
