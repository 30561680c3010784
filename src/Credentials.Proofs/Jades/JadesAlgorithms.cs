using Credentials.Proofs.Findings;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>The JWS algorithms a seal may use (RFC 7518 §3.3–3.5) and signature checking with the certificate's key.</summary>
internal static class JadesAlgorithms
{
    /// <summary>The allow-list. <c>none</c> and every HMAC algorithm are absent: a seal is an asymmetric signature.</summary>
    public static readonly IReadOnlyList<string> Allowed = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"];

    private const int MinimumRsaBits = 2048;

    public static bool IsAllowed(string? alg) => alg is not null && Allowed.Contains(alg);

    /// <summary>
    /// Verifies <paramref name="signature"/> over <paramref name="input"/> with the key of <paramref name="certificate"/>.
    /// Returns null when it verifies, otherwise the problem. The key type decides which algorithms apply, never the
    /// header alone (RFC 8725 §3.1).
    /// </summary>
    public static JadesProblem? Verify(string alg, X509Certificate2 certificate, byte[] input, byte[] signature)
    {
        var hash = alg[2..] switch
        {
            "256" => HashAlgorithmName.SHA256,
            "384" => HashAlgorithmName.SHA384,
            _ => HashAlgorithmName.SHA512,
        };
        try
        {
            return alg[0] switch
            {
                'R' or 'P' => VerifyRsa(alg, certificate, input, signature, hash),
                _ => VerifyEcdsa(alg, certificate, input, signature, hash),
            };
        }
        catch (CryptographicException)
        {
            return new JadesProblem(CheckCodes.ProofCertificateInvalid, "the certificate's public key cannot be read");
        }
    }

    private static JadesProblem? VerifyRsa(string alg, X509Certificate2 certificate, byte[] input, byte[] signature, HashAlgorithmName hash)
    {
        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is null)
        {
            return Mismatch(alg, "an RSA");
        }

        if (rsa.KeySize < MinimumRsaBits)
        {
            return new JadesProblem(CheckCodes.ProofAlgorithmNotAllowed, $"the RSA key has {rsa.KeySize} bits; at least {MinimumRsaBits} are required");
        }

        var padding = alg[0] == 'P' ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1;
        return rsa.VerifyData(input, signature, hash, padding) ? null : Invalid();
    }

    private static JadesProblem? VerifyEcdsa(string alg, X509Certificate2 certificate, byte[] input, byte[] signature, HashAlgorithmName hash)
    {
        using var ecdsa = certificate.GetECDsaPublicKey();
        var expected = alg switch
        {
            "ES256" => ECCurve.NamedCurves.nistP256.Oid.Value,
            "ES384" => ECCurve.NamedCurves.nistP384.Oid.Value,
            _ => ECCurve.NamedCurves.nistP521.Oid.Value,
        };
        if (ecdsa is null || ecdsa.ExportParameters(false).Curve.Oid.Value != expected)
        {
            return Mismatch(alg, "an ECDSA key on the matching NIST curve");
        }

        // RFC 7518 §3.4: the JWS signature is R || S, each the curve's byte length; nothing else is accepted.
        var fieldBytes = (ecdsa.KeySize + 7) / 8;
        if (signature.Length != 2 * fieldBytes)
        {
            return Invalid();
        }

        return ecdsa.VerifyData(input, signature, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation) ? null : Invalid();
    }

    private static JadesProblem Mismatch(string alg, string needs) =>
        new(CheckCodes.ProofAlgorithmNotAllowed, $"the algorithm {alg} needs {needs}, which the sealing certificate does not have");

    private static JadesProblem Invalid() =>
        new(CheckCodes.ProofSignatureInvalid, "the seal's signature does not match the credential: it was changed after sealing, or sealed with another key");
}
