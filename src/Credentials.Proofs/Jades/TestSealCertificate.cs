using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Makes TEST-ONLY self-signed seal certificates naming an organisation as EU seal certificates do (O,
/// organizationIdentifier, C, CN). They carry no QCStatements: they are not, and do not claim to be, qualified.
/// A verifier trusts one only when it is configured as a trust anchor.
/// </summary>
public static class TestSealCertificate
{
    private const string OrganizationIdentifierOid = "2.5.4.97";

    /// <summary>Creates a self-signed seal certificate with its private key attached, valid from now for <paramref name="validity"/>.</summary>
    /// <param name="organisation">Legal name (O).</param>
    /// <param name="organizationIdentifier">Registration identifier (2.5.4.97), e.g. <c>VATFI-12345678</c> (ETSI EN 319 412-1: a
    /// three-letter type, two-letter country, hyphen, then the identifier).</param>
    /// <param name="country">ISO 3166 two-letter country code (C).</param>
    /// <param name="timeProvider">The clock for the validity period.</param>
    /// <param name="commonName">CN; the organisation name when null.</param>
    /// <param name="keyType">P-256 (ES256, the default) or RSA 3072 (RS256).</param>
    /// <param name="validity">How long it is valid; two years when null.</param>
    /// <exception cref="ArgumentException">A name is empty or the country is not two letters.</exception>
    public static X509Certificate2 Create(
        string organisation,
        string organizationIdentifier,
        string country,
        TimeProvider timeProvider,
        string? commonName = null,
        TestSealKeyType keyType = TestSealKeyType.P256,
        TimeSpan? validity = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentException.ThrowIfNullOrWhiteSpace(organizationIdentifier);
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("the country must be two upper-case letters (ISO 3166-1 alpha-2)", nameof(country));
        }

        var subject = Subject(commonName ?? organisation, organisation, organizationIdentifier, country);
        var now = timeProvider.GetUtcNow();
        var notBefore = now.AddMinutes(-5);
        var notAfter = now + (validity ?? TimeSpan.FromDays(730));
        if (keyType == TestSealKeyType.Rsa)
        {
            using var rsa = RSA.Create(3072);
            var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            AddExtensions(request);
            return request.CreateSelfSigned(notBefore, notAfter);
        }

        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var ecRequest = new CertificateRequest(subject, ecdsa, HashAlgorithmName.SHA256);
        AddExtensions(ecRequest);
        return ecRequest.CreateSelfSigned(notBefore, notAfter);
    }

    /// <summary>
    /// The certificate and its private key as PEM (certificate, then PKCS#8 key), the form
    /// <see cref="JadesSigningKey.FromPem"/> reads. Handle the key text as a secret.
    /// </summary>
    /// <exception cref="ArgumentException">The certificate has no exportable RSA or ECDSA private key.</exception>
    public static (string CertificatePem, string PrivateKeyPem) ExportPem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using var rsa = certificate.GetRSAPrivateKey();
        using var ecdsa = rsa is null ? certificate.GetECDsaPrivateKey() : null;
        AsymmetricAlgorithm key = (AsymmetricAlgorithm?)rsa ?? ecdsa
            ?? throw new ArgumentException("the certificate has no RSA or ECDSA private key", nameof(certificate));
        return (certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    private static X500DistinguishedName Subject(string commonName, string organisation, string organizationIdentifier, string country)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCountryOrRegion(country);
        builder.AddOrganizationName(organisation);
        builder.Add(OrganizationIdentifierOid, organizationIdentifier, UniversalTagNumber.UTF8String);
        builder.AddCommonName(commonName);
        return builder.Build();
    }

    private static void AddExtensions(CertificateRequest request)
    {
        // A seal certificate signs documents (non-repudiation / content commitment), not other certificates.
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
    }
}
