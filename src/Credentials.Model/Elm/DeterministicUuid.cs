using System.Security.Cryptography;
using System.Text;

namespace Credentials.Model.Elm;

/// <summary>Name-based UUIDs: the same name always gives the same <c>urn:uuid:</c>, and the name cannot be read back.</summary>
public static class DeterministicUuid
{
    /// <summary>
    /// A version 8 UUID (RFC 9562 §5.8, custom) from the first 16 bytes of SHA-256 over <paramref name="name"/>;
    /// returned as <c>urn:uuid:xxxxxxxx-…</c>.
    /// </summary>
    public static string FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);

        // RFC 9562 §4.1 and §4.2: version nibble 8 in octet 6, variant bits 10 in octet 8.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash[..16]);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
