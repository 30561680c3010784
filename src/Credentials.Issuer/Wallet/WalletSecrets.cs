using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Credentials.Issuer.Wallet;

/// <summary>Random codes and tokens, and the hashes the registry keeps instead of them.</summary>
internal static class WalletSecrets
{
    /// <summary>256 random bits, base64url (43 characters): pre-authorized codes, access tokens, nonces.</summary>
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>A public id (128 random bits, base64url).</summary>
    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A tx_code of <paramref name="length"/> random digits.</summary>
    public static string NewTxCode(int length) => RandomNumberGenerator.GetString("0123456789", length);

    /// <summary>SHA-256 of a high-entropy secret, lowercase hex.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>
    /// HMAC-SHA-256 of a tx_code keyed by its pre-authorized code, lowercase hex: a tx_code has only a few digits, so a
    /// plain hash would be reversed by trying them all; keyed by a code the registry does not keep, it cannot be.
    /// </summary>
    public static string TxCodeHash(string preAuthorizedCode, string txCode) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(preAuthorizedCode), Encoding.UTF8.GetBytes(txCode)));
}
