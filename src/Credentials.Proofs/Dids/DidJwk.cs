using System.Buffers.Text;
using System.Text;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Dids;

/// <summary>The <c>did:jwk</c> method: the DID is the base64url of a public JWK; its only method is <c>#0</c>.</summary>
public static class DidJwk
{
    private const string Prefix = "did:jwk:";

    /// <summary>Builds the <c>did:jwk</c> of a public key.</summary>
    public static string From(Jwk publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        var json = publicKey.ToPublic().ToJson().ToJsonString();
        return Prefix + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Resolves a <c>did:jwk</c> DID (optionally with <c>#0</c>) to its public JWK.</summary>
    public static Jwk? TryResolve(string did, out string? error)
    {
        var hash = did.IndexOf('#', StringComparison.Ordinal);
        var bare = hash < 0 ? did : did[..hash];
        if (hash >= 0 && did[(hash + 1)..] != "0")
        {
            error = "a did:jwk document has only the verification method #0";
            return null;
        }

        var value = bare.StartsWith(Prefix, StringComparison.Ordinal) ? bare[Prefix.Length..] : null;
        if (value is null || !Base64Url.IsValid(value))
        {
            error = "not a did:jwk identifier";
            return null;
        }

        var jwk = Jwk.TryParse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)), out error);
        if (jwk?.D is not null)
        {
            error = "a did:jwk must not carry a private key";
            return null;
        }

        return jwk;
    }
}
