using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Model.Elm;
using Credentials.Proofs.Keys;
using Credentials.Proofs.VcJwt;

namespace Credentials.TestKit;

/// <summary>
/// Makes the golden invalid samples of <c>samples/invalid/</c>, each named <c>&lt;check&gt;-&lt;reason&gt;</c> and failing
/// exactly that check. Everything is deterministic (Ed25519, fixed ids and dates), so the committed files must equal
/// what this makes; set <c>CREDENTIALS_WRITE_SAMPLES=1</c> when running the tests to rewrite them.
/// </summary>
public static class InvalidSamples
{
    /// <summary>File name → content.</summary>
    public static IReadOnlyDictionary<string, string> Make()
    {
        var northern = TestKeys.Northern;
        var doc = TestCredentials.Elm(Samples.Northern, northern);
        var valid = TestCredentials.Jwt(doc, northern);
        var header = "{\"alg\":\"EdDSA\",\"kid\":\"" + northern.KeyId + "\",\"typ\":\"JWT\"}";
        var payload = TestCredentials.Payload(valid).ToJsonString(VcJwtSigner.PayloadJson);

        var samples = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["format-malformed-jws.jwt"] = valid[..valid.LastIndexOf('.')],
            ["format-not-a-credential.json"] = "{\"name\": \"Siiri Äijälä\", \"ects\": 5}",
            ["format-duplicate-member.jwt"] = TestCredentials.RawJws(header, "{\"jti\":\"urn:uuid:00000000-0000-4000-8000-00000000dead\"," + payload[1..], northern.Key),
            ["format-claims-mismatch.jwt"] = TestCredentials.RawJws(header, Mutate(payload, p => p["jti"] = "urn:uuid:00000000-0000-4000-8000-00000000beef"), northern.Key),
            ["schema-missing-title.jwt"] = TestCredentials.Jwt(Mutate(doc, d => d["credentialSubject"]!["hasClaim"]!.AsObject().Remove("title")), northern),
            ["schema-ects-out-of-range.jwt"] = TestCredentials.Jwt(Mutate(doc, SetEcts75), northern),
            ["proof-signature-invalid.jwt"] = TestCredentials.WithPayload(valid, payload.Replace("Äijälä", "Aijala", StringComparison.Ordinal)),
            ["proof-alg-none.jwt"] = B64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + B64(payload) + ".",
            ["proof-hs256-public-key.jwt"] = Hs256WithPublicKey(northern.KeyId, payload, northern.Key.MulticodecPublicKey[2..]),
            ["proof-wrong-algorithm-for-key.jwt"] = TestCredentials.RawJws("{\"alg\":\"ES256\",\"kid\":\"" + northern.KeyId + "\",\"typ\":\"JWT\"}", payload, northern.Key),
            ["proof-missing.jsonld"] = doc.ToJsonString(new System.Text.Json.JsonSerializerOptions(VcJwtSigner.PayloadJson) { WriteIndented = true }),
            ["proof-key-not-issuers.jwt"] = TestCredentials.Jwt(TestCredentials.Elm(Samples.Northern, TestKeys.Vastra), northern),
            ["validity-expired.jwt"] = TestCredentials.Jwt(ElmCredentialBuilder.Build(Samples.Northern, new ElmBuildOptions { CredentialId = "urn:uuid:00000000-0000-4000-8000-000000000002", IssuerId = northern.Did, IssuedAt = new DateTimeOffset(2019, 1, 15, 9, 0, 0, TimeSpan.Zero), ExpirationDate = new DateTimeOffset(2020, 1, 15, 9, 0, 0, TimeSpan.Zero) }), northern),
            ["validity-not-yet-valid.jwt"] = TestCredentials.Jwt(ElmCredentialBuilder.Build(Samples.Northern, new ElmBuildOptions { CredentialId = "urn:uuid:00000000-0000-4000-8000-000000000003", IssuerId = northern.Did, IssuedAt = new DateTimeOffset(2099, 1, 15, 9, 0, 0, TimeSpan.Zero) }), northern),
            ["format-token-type.jwt"] = TestCredentials.RawJws("{\"alg\":\"EdDSA\",\"kid\":\"" + northern.KeyId + "\",\"typ\":\"kb+jwt\"}", payload, northern.Key),
            ["format-padded-base64url.jwt"] = valid + "==",
            ["format-invalid-utf8.jwt"] = SignBytes(JoseHeader(northern.KeyId), [.. Encoding.UTF8.GetBytes(Minimal(northern.Did)[..^1]), .. ",\"note\":\""u8, 0xC3, 0x28, .. "\"}"u8], northern),
            ["format-lone-surrogate.jwt"] = TestCredentials.RawJws(JoseHeader(northern.KeyId), Mutate(Minimal(northern.Did), _ => { })[..^1] + ",\"note\":\"\\ud800\"}", northern.Key),
            ["format-iss-not-issuer.jwt"] = TestCredentials.RawJws(JoseHeader(northern.KeyId), Mutate(Minimal(northern.Did), d => d["iss"] = TestKeys.Vastra.Did), northern.Key),
            ["format-subject-missing.jwt"] = TestCredentials.RawJws(JoseHeader(northern.KeyId), Mutate(Minimal(northern.Did), d => d.Remove("credentialSubject")), northern.Key),
            ["format-context-inline.jwt"] = TestCredentials.RawJws(JoseHeader(northern.KeyId), Mutate(Minimal(northern.Did), d => d["@context"] = new JsonArray(new JsonObject { ["@version"] = 1.1, ["id"] = "@id", ["type"] = "@type" })), northern.Key),
            ["format-context-mixed.jwt"] = TestCredentials.RawJws(JoseHeader(northern.KeyId), Mutate(Minimal(northern.Did), d => d["@context"]!.AsArray().Add("https://www.w3.org/2018/credentials/v1")), northern.Key),
            ["validity-date-without-zone.jwt"] = TestCredentials.RawJws(JoseHeader(northern.KeyId), Mutate(Minimal(northern.Did), d => d["validUntil"] = "2030-06-15T12:00:00"), northern.Key),
        };

        return samples;
    }

    /// <summary>The code each sample must fail with, by file name.</summary>
    public static IReadOnlyDictionary<string, string> ExpectedCodes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["format-malformed-jws.jwt"] = "format.malformed-jws",
        ["format-not-a-credential.json"] = "format.not-a-credential",
        ["format-duplicate-member.jwt"] = "format.duplicate-member",
        ["format-claims-mismatch.jwt"] = "format.claims-mismatch",
        ["format-token-type.jwt"] = "format.token-type-invalid",
        ["format-padded-base64url.jwt"] = "format.malformed-jws",
        ["format-invalid-utf8.jwt"] = "format.invalid-text",
        ["format-lone-surrogate.jwt"] = "format.invalid-text",
        ["format-iss-not-issuer.jwt"] = "format.claims-mismatch",
        ["format-subject-missing.jwt"] = "format.subject-invalid",
        ["format-context-inline.jwt"] = "format.context-invalid",
        ["format-context-mixed.jwt"] = "format.context-invalid",
        ["schema-missing-title.jwt"] = "schema.invalid",
        ["schema-ects-out-of-range.jwt"] = "schema.invalid",
        ["proof-signature-invalid.jwt"] = "proof.signature-invalid",
        ["proof-alg-none.jwt"] = "proof.algorithm-not-allowed",
        ["proof-hs256-public-key.jwt"] = "proof.algorithm-not-allowed",
        ["proof-wrong-algorithm-for-key.jwt"] = "proof.algorithm-not-allowed",
        ["proof-missing.jsonld"] = "proof.missing",
        ["proof-key-not-issuers.jwt"] = "proof.key-not-issuers",
        ["validity-expired.jwt"] = "validity.expired",
        ["validity-not-yet-valid.jwt"] = "validity.not-yet-valid",
        ["validity-date-without-zone.jwt"] = "validity.malformed-date",
    };

    private static string JoseHeader(string kid) => "{\"alg\":\"EdDSA\",\"kid\":\"" + kid + "\",\"typ\":\"vc+jwt\",\"cty\":\"vc\"}";

    // A plain VC Data Model 2.0 credential (no ELM, so no schema applies): structure samples fail only their check.
    private static string Minimal(string issuer) =>
        "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"urn:uuid:00000000-0000-4000-8000-0000000000c1\",\"type\":[\"VerifiableCredential\"],\"issuer\":\"" + issuer + "\",\"validFrom\":\"2026-06-15T12:00:00Z\",\"credentialSubject\":{\"id\":\"did:example:learner\",\"name\":\"Siiri Äijälä\"}}";

    private static string SignBytes(string headerJson, byte[] payload, IssuerKey signer)
    {
        var input = B64(headerJson) + "." + System.Buffers.Text.Base64Url.EncodeToString(payload);
        return input + "." + System.Buffers.Text.Base64Url.EncodeToString(signer.Key.Sign(Encoding.ASCII.GetBytes(input)));
    }

    /// <summary>The check a sample file is named after.</summary>
    public static string CheckOf(string fileName) => Path.GetFileName(fileName).Split('-')[0];

    private static string B64(string text) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static void SetEcts75(JsonObject doc)
    {
        var credit = doc["credentialSubject"]!["hasClaim"]!["specifiedBy"]!["creditPoint"]!;
        (credit is JsonArray a ? a[0]! : credit)["point"] = "75";
    }

    private static JsonObject Mutate(JsonObject doc, Action<JsonObject> change)
    {
        var copy = doc.DeepClone().AsObject();
        change(copy);
        return copy;
    }

    private static string Mutate(string json, Action<JsonObject> change)
    {
        var o = JsonNode.Parse(json)!.AsObject();
        change(o);
        return o.ToJsonString(VcJwtSigner.PayloadJson);
    }

    // The classic key-confusion forgery: HMAC keyed with the issuer's public key bytes (RFC 8725 §2.1).
    private static string Hs256WithPublicKey(string kid, string payload, byte[] publicKey)
    {
        var input = B64("{\"alg\":\"HS256\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}") + "." + B64(payload);
        return input + "." + System.Buffers.Text.Base64Url.EncodeToString(HMACSHA256.HashData(publicKey, Encoding.ASCII.GetBytes(input)));
    }
}
