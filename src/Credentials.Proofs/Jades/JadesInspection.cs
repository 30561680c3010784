using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Decodes a JAdES seal for display, without judging it: the protected header and the payload as JSON, the sealing
/// certificate's subject, issuer and validity, and the time a signature time-stamp states.
/// </summary>
public static class JadesInspection
{
    /// <summary>The decoded seal; null when <paramref name="jwsJson"/> is not a JWS JSON serialization.</summary>
    /// <exception cref="ArgumentNullException">The argument is null.</exception>
    public static JsonObject? Decode(string jwsJson)
    {
        ArgumentNullException.ThrowIfNull(jwsJson);
        try
        {
            using var document = JsonDocument.Parse(jwsJson, JadesJson.Options);
            if (!JadesEnvelope.LooksLikeJws(document.RootElement))
            {
                return null;
            }

            var problems = new List<JadesProblem>();
            var envelope = JadesEnvelope.Read(document.RootElement, problems);
            if (envelope is null)
            {
                return null;
            }

            var result = new JsonObject();
            var header = JsonNode.Parse(Base64Url.DecodeFromChars(envelope.EncodedProtected));
            result["protected"] = header;
            var b64 = header?["b64"] is JsonValue v && v.TryGetValue<bool>(out var flag) ? flag : true;
            var payload = JadesVerifier.DecodePayload(envelope, b64);
            result["payload"] = payload is null ? null : Parse(payload);
            if (header?["x5c"] is JsonArray { Count: > 0 } x5c && x5c[0] is JsonValue first && first.TryGetValue<string>(out var der))
            {
                result["certificate"] = Certificate(der);
            }

            var unsigned = JadesUnsignedProperties.Read(envelope.Unprotected, envelope.EncodedSignature, problems);
            if (unsigned.TimeStamp is { } timeStamp)
            {
                result["signatureTimeStamp"] = timeStamp.Time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            }

            result["unsignedValues"] = new JsonObject
            {
                ["certificates"] = unsigned.Certificates.Count,
                ["crls"] = unsigned.Revocation.Crls.Count,
                ["ocspResponses"] = unsigned.Revocation.OcspResponses.Count,
            };
            return result;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    private static JsonNode? Parse(string payload)
    {
        try
        {
            return JsonNode.Parse(payload);
        }
        catch (JsonException)
        {
            return payload;
        }
    }

    private static JsonObject Certificate(string base64)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(base64));
            return new JsonObject
            {
                ["subject"] = certificate.Subject,
                ["issuer"] = certificate.Issuer,
                ["notBefore"] = certificate.NotBefore.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["notAfter"] = certificate.NotAfter.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            };
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return new JsonObject { ["unreadable"] = true };
        }
    }
}
