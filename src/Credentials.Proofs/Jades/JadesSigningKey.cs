using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// A software sealing key: an X.509 certificate with its RSA (at least 2048 bits, RS256) or P-256 (ES256) private key,
/// loaded from PKCS#12 or PEM. For a qualified seal the key belongs in a QSCD; implement <see cref="IJadesSigningKey"/>.
/// </summary>
public sealed class JadesSigningKey : IJadesSigningKey, IDisposable
{
    private readonly RSA? _rsa;
    private readonly ECDsa? _ecdsa;
    private readonly bool _ownsCertificates;

    private JadesSigningKey(X509Certificate2 certificate, IReadOnlyList<X509Certificate2> chain, bool ownsCertificates)
    {
        _ownsCertificates = ownsCertificates;
        Certificate = certificate;
        Chain = chain;
        _rsa = certificate.GetRSAPrivateKey();
        _ecdsa = _rsa is null ? certificate.GetECDsaPrivateKey() : null;
        if (_rsa is { KeySize: >= 2048 })
        {
            Algorithm = "RS256";
        }
        else if (_ecdsa is not null && _ecdsa.ExportParameters(false).Curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            Algorithm = "ES256";
        }
        else
        {
            _rsa?.Dispose();
            _ecdsa?.Dispose();
            throw new ArgumentException("the certificate needs an RSA private key of at least 2048 bits or a P-256 private key", nameof(certificate));
        }
    }

    /// <inheritdoc/>
    public X509Certificate2 Certificate { get; }

    /// <inheritdoc/>
    public IReadOnlyList<X509Certificate2> Chain { get; }

    /// <inheritdoc/>
    public string Algorithm { get; }

    /// <summary>Uses a certificate that has its private key attached; the caller keeps ownership of the certificates.</summary>
    /// <param name="certificate">The sealing certificate with its private key.</param>
    /// <param name="chain">CA certificates to carry in <c>x5c</c>, issuer first.</param>
    /// <exception cref="ArgumentException">The certificate has no usable private key.</exception>
    public static JadesSigningKey FromCertificate(X509Certificate2 certificate, IEnumerable<X509Certificate2>? chain = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.HasPrivateKey
            ? new JadesSigningKey(certificate, [.. chain ?? []], ownsCertificates: false)
            : throw new ArgumentException("the certificate has no private key", nameof(certificate));
    }

    /// <summary>
    /// Loads a PKCS#12 (.p12/.pfx) file: the certificate with a private key is the sealing certificate; the other
    /// certificates in the file become the <c>x5c</c> chain.
    /// </summary>
    /// <exception cref="CryptographicException">The file cannot be read or the password is wrong.</exception>
    /// <exception cref="ArgumentException">The file holds no certificate with a usable private key.</exception>
    public static JadesSigningKey FromPkcs12(string path, string? password)
    {
        ArgumentNullException.ThrowIfNull(path);
        var all = X509CertificateLoader.LoadPkcs12CollectionFromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        var leaf = all.FirstOrDefault(c => c.HasPrivateKey)
            ?? throw new ArgumentException("the PKCS#12 file holds no certificate with a private key", nameof(path));
        return new JadesSigningKey(leaf, [.. all.Where(c => !ReferenceEquals(c, leaf))], ownsCertificates: true);
    }

    /// <summary>
    /// Loads PEM text: <paramref name="certificatePem"/> holds the sealing certificate first and optionally its CA
    /// certificates; <paramref name="privateKeyPem"/> holds its PKCS#8, RSA or EC private key.
    /// </summary>
    /// <exception cref="CryptographicException">The PEM cannot be read or the key does not match the certificate.</exception>
    public static JadesSigningKey FromPem(string certificatePem, string privateKeyPem)
    {
        ArgumentNullException.ThrowIfNull(certificatePem);
        ArgumentNullException.ThrowIfNull(privateKeyPem);
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPem(certificatePem);
        if (certificates.Count == 0)
        {
            throw new CryptographicException("the certificate PEM holds no certificate");
        }

        using var leaf = certificates[0];
        var withKey = X509Certificate2.CreateFromPem(leaf.ExportCertificatePem(), privateKeyPem);
        return new JadesSigningKey(withKey, [.. certificates.Skip(1)], ownsCertificates: true);
    }

    /// <inheritdoc/>
    public byte[] Sign(ReadOnlySpan<byte> signingInput) => _rsa is not null
        ? _rsa.SignData(signingInput, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
        : _ecdsa!.SignData(signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    /// <inheritdoc/>
    public void Dispose()
    {
        _rsa?.Dispose();
        _ecdsa?.Dispose();
        if (!_ownsCertificates)
        {
            return;
        }

        Certificate.Dispose();
        foreach (var certificate in Chain)
        {
            certificate.Dispose();
        }
    }
}
