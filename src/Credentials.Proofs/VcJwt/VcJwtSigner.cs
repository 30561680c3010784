using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.Keys;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Credentials.Proofs.VcJwt;

/// <summary>
/// Secures credentials as JWS compact tokens. We serialize the payload ourselves and the handler signs exactly
/// those bytes (<see cref="JsonWebTokenHandler.CreateToken(string, SigningCredentials, IDictionary{string, object})"/>
/// adds no claims), so what is signed is what we wrote.
/// </summary>
public sealed class VcJwtSigner
{
    /// <summary>Payload serialization: non-ASCII stays literal, as other implementations write it.</summary>
    public static readonly JsonSerializerOptions PayloadJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials;

    /// <summary>Creates a signer for <paramref name="key"/>, whose verification method id is <paramref name="keyId"/>.</summary>
    public VcJwtSigner(SigningKey key, string keyId)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        KeyId = keyId;
        _credentials = new SigningCredentials(key.ToSecurityKey(keyId), key.Algorithm);
    }

    /// <summary>The <c>kid</c> written into every header.</summary>
    public string KeyId { get; }

    /// <summary>
    /// VC Data Model 1.1 §6.3.1 JWT encoding: the credential goes into the <c>vc</c> claim whole, and the registered
    /// claims restate it: <c>iss</c> = issuer id, <c>jti</c> = id, <c>sub</c> = credentialSubject.id,
    /// <c>nbf</c> = issuanceDate (or validFrom), <c>exp</c> = expirationDate when present. Header <c>typ: JWT</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The credential lacks an issuer id or a parseable issuance date.</exception>
    public string SignDataModel11(JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var issuer = IssuerId(credential) ?? throw new ArgumentException("the credential has no issuer id", nameof(credential));
        var issued = (credential["issuanceDate"] ?? credential["validFrom"] ?? credential["issued"])?.GetValue<string>()
            ?? throw new ArgumentException("the credential has no issuanceDate", nameof(credential));

        // Written straight to UTF-8 (no payload DOM, no copy of the credential): the same bytes as serializing
        // {"iss", "jti", "sub", "nbf", "exp", "vc"} with PayloadJson, at a fraction of the allocations.
        var buffer = new ArrayBufferWriter<byte>(8192);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PayloadJson.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", issuer);
            if (credential["id"] is JsonValue id)
            {
                writer.WriteString("jti", id.GetValue<string>());
            }

            if (credential["credentialSubject"] is JsonObject subject && subject["id"] is JsonValue sub)
            {
                writer.WriteString("sub", sub.GetValue<string>());
            }

            writer.WriteNumber("nbf", ToUnix(issued));
            if (credential["expirationDate"] is JsonValue exp)
            {
                writer.WriteNumber("exp", ToUnix(exp.GetValue<string>()));
            }

            writer.WritePropertyName("vc");
            credential.WriteTo(writer, PayloadJson);
            writer.WriteEndObject();
        }

        return Sign(Encoding.UTF8.GetString(buffer.WrittenSpan), "JWT");
    }

    /// <summary>
    /// VC-JOSE-COSE (W3C Recommendation) §3.1.1: the payload is the VC Data Model 2.0 credential itself,
    /// header <c>typ: vc+jwt</c> and <c>cty: vc</c>.
    /// </summary>
    public string SignJose(JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return Sign(credential.ToJsonString(PayloadJson), "vc+jwt", "vc");
    }

    /// <summary>Signs an arbitrary JSON payload (already serialized) with the given <c>typ</c>.</summary>
    public string Sign(string payloadJson, string type, string? contentType = null)
    {
        var header = new Dictionary<string, object>(StringComparer.Ordinal) { ["typ"] = type };
        if (contentType is not null)
        {
            header["cty"] = contentType;
        }

        return Handler.CreateToken(payloadJson, _credentials, header);
    }

    /// <summary>The issuer id of a credential whose <c>issuer</c> is a string or an object with <c>id</c>.</summary>
    public static string? IssuerId(JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return credential["issuer"] switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonObject o when o["id"] is JsonValue v2 && v2.TryGetValue<string>(out var s2) => s2,
            _ => null,
        };
    }

    private static long ToUnix(string dateTime) =>
        DateTimeOffset.Parse(dateTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeSeconds();
}
