using System.Buffers.Text;
using System.Numerics;
using Credentials.Proofs.Keys;
using SimpleBase;

namespace Credentials.Proofs.Dids;

/// <summary>The <c>did:key</c> method: a DID that is its own public key (W3C CCG did:key v0.7), Ed25519 and P-256.</summary>
public static class DidKey
{
    private const string Prefix = "did:key:";
    private const int MaxMultibaseLength = 128;

    // P-256 field prime and curve constant b (SEC 2 §2.4.2), for point decompression.
    private static readonly BigInteger P = BigInteger.Parse("115792089210356248762697446949407573530086143415290314195533631308867097853951", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly BigInteger B = BigInteger.Parse("41058363725152142129326129780047268409114441015993725554835256314039467401291", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Builds <c>did:key:z…</c> from a multicodec-prefixed public key.</summary>
    public static string FromMulticodec(ReadOnlySpan<byte> multicodecKey) => Prefix + "z" + Base58.Bitcoin.Encode(multicodecKey);

    /// <summary>The <c>z…</c> multibase value of a multicodec-prefixed key (Multikey <c>publicKeyMultibase</c>).</summary>
    public static string ToMultibase(ReadOnlySpan<byte> multicodecKey) => "z" + Base58.Bitcoin.Encode(multicodecKey);

    /// <summary>
    /// Decodes a Multikey value (<c>z</c> + base58btc of a multicodec key) to a public JWK.
    /// Returns null with a reason for anything else.
    /// </summary>
    public static Jwk? TryDecodeMultibase(string multibase, out string? error)
    {
        error = null;
        if (multibase.Length < 2 || multibase[0] != 'z')
        {
            error = "the key is not base58btc multibase (it must start with 'z')";
            return null;
        }

        // The longest key read here, an uncompressed P-256 point with its multicodec prefix, is 67 bytes: 92 characters.
        if (!Base58Btc.TryDecode(multibase.AsSpan(1), MaxMultibaseLength, out var bytes))
        {
            error = "the key is not valid base58btc";
            return null;
        }

        if (bytes.Length == 34 && bytes[0] == 0xed && bytes[1] == 0x01)
        {
            return new Jwk { Kty = "OKP", Crv = "Ed25519", X = Base64Url.EncodeToString(bytes.AsSpan(2)) };
        }

        if (bytes.Length == 35 && bytes[0] == 0x80 && bytes[1] == 0x24 && bytes[2] is 0x02 or 0x03)
        {
            var y = DecompressY(bytes.AsSpan(3), bytes[2] == 0x03);
            if (y is null)
            {
                error = "the P-256 point is not on the curve";
                return null;
            }

            return new Jwk { Kty = "EC", Crv = "P-256", X = Base64Url.EncodeToString(bytes.AsSpan(3)), Y = Base64Url.EncodeToString(y) };
        }

        error = "unsupported multicodec key type (only Ed25519 and P-256 are accepted)";
        return null;
    }

    /// <summary>Resolves a <c>did:key</c> DID (with or without a fragment) to its public JWK.</summary>
    public static Jwk? TryResolve(string did, out string? error)
    {
        var hash = did.IndexOf('#', StringComparison.Ordinal);
        var bare = hash < 0 ? did : did[..hash];
        if (!bare.StartsWith(Prefix, StringComparison.Ordinal))
        {
            error = "not a did:key identifier";
            return null;
        }

        var value = bare[Prefix.Length..];
        var key = TryDecodeMultibase(value, out error);
        if (key is not null && hash >= 0 && did[(hash + 1)..] != value)
        {
            // did:key §3.1.2: the only verification method of a did:key document is the key itself.
            error = "the fragment does not name the key of this did:key";
            return null;
        }

        return key;
    }

    private static byte[]? DecompressY(ReadOnlySpan<byte> x, bool odd)
    {
        var xi = new BigInteger(x, isUnsigned: true, isBigEndian: true);
        if (xi >= P)
        {
            return null;
        }

        var rhs = BigInteger.ModPow(xi, 3, P) - (3 * xi) + B;
        rhs = ((rhs % P) + P) % P;

        // P ≡ 3 (mod 4), so a square root is rhs^((P+1)/4).
        var y = BigInteger.ModPow(rhs, (P + 1) / 4, P);
        if (BigInteger.ModPow(y, 2, P) != rhs)
        {
            return null;
        }

        if (y.IsEven == odd)
        {
            y = P - y;
        }

        var bytes = y.ToByteArray(isUnsigned: true, isBigEndian: true);
        return bytes.Length == 32 ? bytes : [.. new byte[32 - bytes.Length], .. bytes];
    }
}
