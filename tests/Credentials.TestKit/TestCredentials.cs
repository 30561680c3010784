using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Model.Elm;
using Credentials.Model.MicroCredentials;
using Credentials.Proofs.Keys;
using Credentials.Proofs.VcJwt;

namespace Credentials.TestKit;

/// <summary>Builds and signs credentials for tests, including deliberately broken ones.</summary>
public static class TestCredentials
{
    /// <summary>The ELM document of a sample, issued at <see cref="Samples.IssuedAt"/>.</summary>
    public static JsonObject Elm(MicroCredential credential, IssuerKey issuer, string id = "urn:uuid:00000000-0000-4000-8000-000000000001") =>
        ElmCredentialBuilder.Build(credential, new ElmBuildOptions { CredentialId = id, IssuerId = issuer.Did, IssuedAt = Samples.IssuedAt });

    /// <summary>A VC-JWT of <paramref name="document"/> signed by <paramref name="signer"/> (whose kid may differ from the document's issuer).</summary>
    public static string Jwt(JsonObject document, IssuerKey signer) =>
        new VcJwtSigner(signer.Key, signer.KeyId).SignDataModel11(document);

    /// <summary>Signs any JSON payload text as a compact JWS with the given header JSON, bypassing every consistency rule.</summary>
    public static string RawJws(string headerJson, string payloadJson, SigningKey key)
    {
        var input = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(headerJson)) + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payloadJson));
        return input + "." + Base64Url.EncodeToString(key.Sign(Encoding.ASCII.GetBytes(input)));
    }

    /// <summary>Replaces the payload of a token with other JSON, keeping header and signature.</summary>
    public static string WithPayload(string token, string payloadJson)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        return parts[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payloadJson)) + "." + parts[2];
    }

    /// <summary>The decoded payload of a token.</summary>
    public static JsonObject Payload(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]))!.AsObject();
    }

    /// <summary>The decoded protected header of a token.</summary>
    public static JsonObject Header(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[0]))!.AsObject();
    }
}
