using System.Buffers.Text;
using Credentials.Proofs.Keys;
using NSec.Cryptography;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>Checks an Ed25519 signature (RFC 8032 §5.1.7) with a public JWK.</summary>
internal static class Ed25519Verifier
{
    public static bool IsEd25519(Jwk key) => key.Kty == "OKP" && key.Crv == "Ed25519" && key.X is not null;

    public static bool Verify(Jwk key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (!IsEd25519(key))
        {
            return false;
        }

        byte[] raw;
        try
        {
            raw = Base64Url.DecodeFromChars(key.X);
        }
        catch (FormatException)
        {
            return false;
        }

        if (!PublicKey.TryImport(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey, out var publicKey) || publicKey is null)
        {
            return false;
        }

        return SignatureAlgorithm.Ed25519.Verify(publicKey, data, signature);
    }
}
