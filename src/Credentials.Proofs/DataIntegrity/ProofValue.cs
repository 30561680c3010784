using System.Diagnostics.CodeAnalysis;
using Credentials.Proofs.Keys;
using SimpleBase;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>The <c>proofValue</c> encoding: multibase base58btc (<c>z…</c>) of the 64-byte Ed25519 signature
/// (VC-DI-EdDSA 1.0 §3.3.4 Proof Serialization).</summary>
internal static class ProofValue
{
    public const int Ed25519SignatureLength = 64;

    public static string Encode(ReadOnlySpan<byte> signature) => "z" + Base58.Bitcoin.Encode(signature);

    public static bool TryDecode(string? value, [NotNullWhen(true)] out byte[]? signature, [NotNullWhen(false)] out string? error)
    {
        signature = null;
        error = null;

        // 64 bytes are at most 88 base58 characters; anything far longer is not a signature, and is not decoded.
        if (value is null || value.Length < 2 || value.Length > 100 || value[0] != 'z')
        {
            error = "the proofValue is not a base58btc multibase string (it must start with 'z')";
            return false;
        }

        if (!Base58Btc.TryDecode(value.AsSpan(1), value.Length, out var decoded))
        {
            error = "the proofValue is not valid base58btc";
            return false;
        }

        if (decoded.Length != Ed25519SignatureLength)
        {
            error = $"the proofValue decodes to {decoded.Length} bytes; an Ed25519 signature has {Ed25519SignatureLength}";
            return false;
        }

        signature = decoded;
        return true;
    }
}
