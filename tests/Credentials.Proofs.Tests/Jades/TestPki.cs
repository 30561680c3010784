using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>A small root → issuing CA → seal certificate hierarchy, and certificates with QCStatements, for tests.</summary>
internal static class TestPki
{
    public static X509Certificate2 Root(string name, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(now.AddYears(-5), now.AddYears(10));
    }

    public static X509Certificate2 Ca(string name, X509Certificate2 issuer, DateTimeOffset now, params X509Extension[] extra)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        foreach (var extension in extra)
        {
            request.CertificateExtensions.Add(extension);
        }

        using var certificate = request.Create(issuer, now.AddYears(-4), now.AddYears(8), RandomSerial());
        return certificate.CopyWithPrivateKey(key);
    }

    public static X509Certificate2 Seal(X509Certificate2 issuer, DateTimeOffset notBefore, DateTimeOffset notAfter, params X509Extension[] extra)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Testiyliopisto sinetti, O=Testiyliopisto, 2.5.4.97=VATFI-12345678, C=FI", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        foreach (var extension in extra)
        {
            request.CertificateExtensions.Add(extension);
        }

        using var certificate = request.Create(issuer, notBefore, notAfter, RandomSerial());
        return certificate.CopyWithPrivateKey(key);
    }

    /// <summary>A self-signed certificate with the given QCStatements extension content.</summary>
    public static X509Certificate2 WithQcStatements(byte[] extensionValue)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=QC, O=QC Org, C=FI", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509Extension("1.3.6.1.5.5.7.1.3", extensionValue, false));
        return request.CreateSelfSigned(DateTimeOffset.UnixEpoch.AddYears(50), DateTimeOffset.UnixEpoch.AddYears(60));
    }

    /// <summary>DER QCStatements with QcCompliance, optionally QcSSCD, and QcType holding <paramref name="types"/>.</summary>
    public static byte[] QcStatements(bool compliance, bool sscd, params string[] types)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            if (compliance)
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("0.4.0.1862.1.1");
                }
            }

            if (sscd)
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("0.4.0.1862.1.4");
                }
            }

            if (types.Length > 0)
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("0.4.0.1862.1.6");
                    using (writer.PushSequence())
                    {
                        foreach (var type in types)
                        {
                            writer.WriteObjectIdentifier(type);
                        }
                    }
                }
            }
        }

        return writer.Encode();
    }

    private static byte[] RandomSerial()
    {
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        return serial;
    }
}
