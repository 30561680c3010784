using System.Security.Cryptography.X509Certificates;

namespace Credentials.Documents.Signing;

/// <summary>
/// The issuer's electronic seal for PDFs: an X.509 certificate with its RSA or ECDSA private key, and optionally its
/// CA certificates (issuer first) to carry in the signature. The caller keeps ownership of the certificates.
/// </summary>
public sealed class PdfSeal
{
    /// <summary>Uses a certificate that has its private key attached.</summary>
    /// <exception cref="ArgumentException">The certificate has no private key.</exception>
    public PdfSeal(X509Certificate2 certificate, IEnumerable<X509Certificate2>? chain = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException("the seal certificate has no private key", nameof(certificate));
        }

        Certificate = certificate;
        Chain = [.. chain ?? []];
    }

    /// <summary>The seal certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>CA certificates carried in the signature after the seal certificate.</summary>
    public IReadOnlyList<X509Certificate2> Chain { get; }
}
