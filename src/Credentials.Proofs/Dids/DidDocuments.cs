using System.Text.Json.Nodes;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Dids;

/// <summary>Builds DID documents for an issuer key.</summary>
public static class DidDocuments
{
    /// <summary>The fragment of the issuer key's verification method in documents built here.</summary>
    public const string KeyFragment = "key-1";

    /// <summary>
    /// A DID document (DID Core 1.0 §5) for <paramref name="did"/> with one <c>JsonWebKey</c> verification method
    /// <c>#key-1</c>, usable for assertions (credentials) and authentication (presentations).
    /// </summary>
    public static JsonObject Build(string did, Jwk publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        var methodId = did + "#" + KeyFragment;
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/did/v1"),
            ["id"] = did,
            ["verificationMethod"] = new JsonArray(new JsonObject
            {
                ["id"] = methodId,
                ["type"] = "JsonWebKey",
                ["controller"] = did,
                ["publicKeyJwk"] = publicKey.ToPublic().ToJson(),
            }),
            ["assertionMethod"] = new JsonArray(methodId),
            ["authentication"] = new JsonArray(methodId),
        };
    }
}
