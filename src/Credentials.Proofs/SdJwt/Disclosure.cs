using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.VcJwt;

namespace Credentials.Proofs.SdJwt;

/// <summary>
/// One disclosure (RFC 9901 §4.2.1): the base64url of a JSON array <c>[salt, name, value]</c> (an object property) or
/// <c>[salt, value]</c> (an array element), and its digest.
/// </summary>
/// <param name="Encoded">The disclosure as it travels, base64url.</param>
/// <param name="Name">The claim name; null for an array element.</param>
/// <param name="Value">The claim value.</param>
/// <param name="Digest">base64url(SHA-256(ASCII of <paramref name="Encoded"/>)) (RFC 9901 §4.2.3).</param>
public sealed record Disclosure(string Encoded, string? Name, JsonNode? Value, string Digest)
{
    /// <summary>Makes a disclosure of an object property, salted with 128 bits from the system CSPRNG (RFC 9901 §4.2.1, §9.3).</summary>
    public static Disclosure Create(string name, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var array = new JsonArray(NewSalt(), name, value?.DeepClone());
        var encoded = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(array.ToJsonString(VcJwtSigner.PayloadJson)));
        return new Disclosure(encoded, name, value, DigestOf(encoded));
    }

    /// <summary>A decoy digest (RFC 9901 §4.2.5): the digest of 128 random bits, which no disclosure can match.</summary>
    public static string Decoy() => Base64Url.EncodeToString(SHA256.HashData(RandomNumberGenerator.GetBytes(16)));

    /// <summary>The SHA-256 digest of an encoded disclosure, base64url (RFC 9901 §4.2.3: over its ASCII bytes).</summary>
    public static string DigestOf(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(encoded)));
    }

    /// <summary>
    /// Decodes an encoded disclosure; null with a reason when it is not canonical base64url of a JSON array of two
    /// or three elements whose salt (and name) are strings.
    /// </summary>
    public static Disclosure? TryParse(string encoded, out string? error)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        error = null;
        if (encoded.Length == 0 || !Base64Url.IsValid(encoded) || encoded.Contains('=', StringComparison.Ordinal))
        {
            error = "it is not base64url";
            return null;
        }

        // Text first: System.Text.Json finds invalid UTF-8 inside a string only when the string is read, and throws then.
        var bytes = Base64Url.DecodeFromChars(encoded);
        if (Jws.JsonText.Problem(bytes) is { } text)
        {
            error = "it is not acceptable text: " + text;
            return null;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 32 });
        }
        catch (JsonException)
        {
            error = "it is not JSON";
            return null;
        }

        if (node is not JsonArray { Count: 2 or 3 } array || array[0] is not JsonValue salt || salt.GetValueKind() != JsonValueKind.String)
        {
            error = "it is not an array of a salt string with a value, or a salt, a name and a value";
            return null;
        }

        if (array.Count == 2)
        {
            return new Disclosure(encoded, null, array[1]?.DeepClone(), DigestOf(encoded));
        }

        if (array[1] is not JsonValue name || name.GetValueKind() != JsonValueKind.String)
        {
            error = "its claim name is not a string";
            return null;
        }

        return new Disclosure(encoded, name.GetValue<string>(), array[2]?.DeepClone(), DigestOf(encoded));
    }

    private static string NewSalt() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
