using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Credentials.Documents.Certificates;

/// <summary>
/// The credential document inside a signed credential file, for display only (the signature is not checked here:
/// the issuer made the file a moment ago). Reads a compact JWS (VC-JWT), a JAdES JSON serialization, or a JSON
/// document with an embedded proof (Data Integrity).
/// </summary>
internal static class CredentialPayload
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    public static JsonElement? Read(ReadOnlySpan<byte> file)
    {
        var text = Encoding.UTF8.GetString(file).Trim();
        try
        {
            if (!text.StartsWith('{'))
            {
                var parts = text.Split('.');
                return parts.Length == 3 ? Parse(Base64Url.DecodeFromChars(parts[1])) : null;
            }

            var document = Parse(Encoding.UTF8.GetBytes(text));
            if (document.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.String)
            {
                // JAdES (ETSI TS 119 182-1) with b64:false carries the credential JSON as it is, otherwise base64url.
                var value = payload.GetString()!;
                return value.TrimStart().StartsWith('{') ? Parse(Encoding.UTF8.GetBytes(value)) : Parse(Base64Url.DecodeFromChars(value));
            }

            return document;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    private static JsonElement Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json, Strict);
        return document.RootElement.Clone();
    }
}
