using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// A sealing key with its X.509 certificate. Implement it to seal with a key held elsewhere, for example in a QSCD
/// or a remote signing service: <see cref="JadesSealer"/> only needs the certificate chain and a signature.
/// </summary>
public interface IJadesSigningKey
{
    /// <summary>The sealing certificate (the organisation's seal certificate).</summary>
    X509Certificate2 Certificate { get; }

    /// <summary>CA certificates to carry in <c>x5c</c> after the sealing certificate, issuer first; may be empty.</summary>
    IReadOnlyList<X509Certificate2> Chain { get; }

    /// <summary>The JWS algorithm the key signs with, e.g. <c>RS256</c> or <c>ES256</c>.</summary>
    string Algorithm { get; }

    /// <summary>
    /// Signs the JWS signing input and returns the JWS signature value (RSASSA bytes, or R || S for ECDSA as RFC 7518
    /// §3.4 requires; not DER).
    /// </summary>
    byte[] Sign(ReadOnlySpan<byte> signingInput);
}
