using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Seals credentials as JAdES baseline B-B signatures (ETSI TS 119 182-1) in JWS JSON serialization, general form,
/// with the credential as an unencoded payload (<c>b64: false</c>, RFC 7797), as Europass seals its credentials.
/// </summary>
public sealed class JadesSealer
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a sealer that takes the signing time (<c>sigT</c>) from <paramref name="timeProvider"/>.</summary>
    public JadesSealer(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Seals <paramref name="credentialJson"/> exactly as given (the bytes signed are its UTF-8 encoding) and returns
    /// the JAdES JSON text.
    /// </summary>
    /// <exception cref="ArgumentException">The credential is not a JSON object, or has duplicate members.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Seal(string credentialJson, IJadesSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(credentialJson);
        ArgumentNullException.ThrowIfNull(key);
        EnsureJsonObject(credentialJson);

        var encodedHeader = Base64Url.EncodeToString(ProtectedHeader(key));
        var input = Encoding.UTF8.GetBytes(encodedHeader + "." + credentialJson);
        var signature = Base64Url.EncodeToString(key.Sign(input));

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString(JadesNames.Payload, credentialJson);
            writer.WriteStartArray(JadesNames.Signatures);
            writer.WriteStartObject();
            writer.WriteString(JadesNames.Protected, encodedHeader);
            writer.WriteString(JadesNames.Signature, signature);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private byte[] ProtectedHeader(IJadesSigningKey key)
    {
        var certificate = key.Certificate;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString(JadesNames.Alg, key.Algorithm);
            writer.WriteString(JadesNames.Typ, "jose+json");

            // ETSI TS 119 182-1: kid carries the IssuerSerial of the signing certificate.
            writer.WriteString(JadesNames.Kid, IssuerSerial.Encode(certificate));

            // ETSI TS 119 182-1 §5.1.7: x5t#S256 references the signing certificate; x5c carries it and its chain, standard base64.
            writer.WriteString(JadesNames.X5tS256, Base64Url.EncodeToString(SHA256.HashData(certificate.RawData)));
            writer.WriteStartArray(JadesNames.X5c);
            writer.WriteStringValue(Convert.ToBase64String(certificate.RawData));
            foreach (var ca in key.Chain)
            {
                writer.WriteStringValue(Convert.ToBase64String(ca.RawData));
            }

            writer.WriteEndArray();

            // sigT: the claimed signing time, UTC, whole seconds.
            writer.WriteString(JadesNames.SigT, _timeProvider.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));

            // RFC 7797 §6: b64 must be critical; sigT is marked critical too, as Europass and other JAdES producers do.
            writer.WriteBoolean(JadesNames.B64, false);
            writer.WriteStartArray(JadesNames.Crit);
            writer.WriteStringValue(JadesNames.B64);
            writer.WriteStringValue(JadesNames.SigT);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void EnsureJsonObject(string credentialJson)
    {
        try
        {
            using var document = JsonDocument.Parse(credentialJson, JadesJson.Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("the credential is not a JSON object", nameof(credentialJson));
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException("the credential is not JSON without duplicate members: " + e.Message, nameof(credentialJson), e);
        }
    }
}
