using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Jws;

/// <summary>
/// RFC 7515 §5.2 signature check over the JWS signing input only (<c>header.payload</c>), without reading the claims:
/// for a key given out of band, where the payload need not be a JWT claims set the token library accepts (the
/// vc-jose-cose suite's tokens carry a string <c>iat</c>). EdDSA (Ed25519) and ES256/ES384 (RFC 7518 §3.4, IEEE P1363
/// signatures); the algorithm was checked against the key's type before.
/// </summary>
internal static class JwsRawSignature
{
    public static JwsSignatureOutcome Verify(CompactJws jws, Jwk key, string algorithm)
    {
        var token = jws.Token;
        var lastDot = token.LastIndexOf('.');
        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1));
        }
        catch (FormatException)
        {
            return JwsSignatureOutcome.Unreadable;
        }

        var input = Encoding.ASCII.GetBytes(token[..lastDot]);
        return algorithm switch
        {
            "EdDSA" or "Ed25519" => Ed25519Verifier.Verify(key, input, signature) ? JwsSignatureOutcome.Valid : JwsSignatureOutcome.Invalid,
            "ES256" => Ec(key, ECCurve.NamedCurves.nistP256, HashAlgorithmName.SHA256, input, signature),
            "ES384" => Ec(key, ECCurve.NamedCurves.nistP384, HashAlgorithmName.SHA384, input, signature),
            _ => JwsSignatureOutcome.Unreadable,
        };
    }

    private static JwsSignatureOutcome Ec(Jwk key, ECCurve curve, HashAlgorithmName hash, byte[] input, byte[] signature)
    {
        try
        {
            using var ec = ECDsa.Create(new ECParameters { Curve = curve, Q = new ECPoint { X = Base64Url.DecodeFromChars(key.X), Y = Base64Url.DecodeFromChars(key.Y) } });
            return ec.VerifyData(input, signature, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation) ? JwsSignatureOutcome.Valid : JwsSignatureOutcome.Invalid;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException)
        {
            return JwsSignatureOutcome.Unreadable;
        }
    }
}
