using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Credentials.Verifier.Reports;
using Credentials.Web.Composition;

namespace Credentials.Web.Verification;

/// <summary>
/// Reads the VC-API verify body <c>{"verifiableCredential": object | JWT string, "options": {"checks": [...]}}</c>.
/// An object credential is handed on as its exact original bytes, so Data Integrity proofs see what was signed.
/// </summary>
internal static class VerifyRequestReader
{
    private static readonly HashSet<string> KnownChecks = new(StringComparer.Ordinal)
    {
        CheckNames.Format, CheckNames.Schema, CheckNames.Proof, CheckNames.Issuer, CheckNames.Validity, CheckNames.Status, CheckNames.Trust,
    };

    /// <summary>The request, or an error text for a problem-details response.</summary>
    public static (VerifyRequest? Request, string? Error) Read(byte[] body)
    {
        if (RequestBody.ParseStrict(body, out var error) is not { } doc)
        {
            return (null, error);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("verifiableCredential", out var vc))
            {
                return (null, "The body must be an object with a verifiableCredential member.");
            }

            ReadOnlyMemory<byte> credential;
            switch (vc.ValueKind)
            {
                case JsonValueKind.String when LooksLikeJson(vc):
                    // VC-API: a secured JSON credential is sent as an object; JSON inside a string is a parsing error.
                    return (null, "verifiableCredential is JSON inside a string: send a JSON credential as an object, and only a compact JWS as a string.");
                case JsonValueKind.String:
                    credential = StringBytes(body, vc);
                    break;
                case JsonValueKind.Object:
                    credential = Slice(body, JsonMarshal.GetRawUtf8Value(vc));
                    break;
                default:
                    return (null, "verifiableCredential must be a JSON object or a JWT string.");
            }

            if (!root.TryGetProperty("options", out var options) || options.ValueKind == JsonValueKind.Null)
            {
                return (new VerifyRequest(credential, null), null);
            }

            if (options.ValueKind != JsonValueKind.Object)
            {
                return (null, "options must be an object.");
            }

            DateTimeOffset? asOf = null;
            if (options.TryGetProperty("asOf", out var at) && at.ValueKind != JsonValueKind.Null)
            {
                if (at.ValueKind != JsonValueKind.String || !Proofs.Formats.DateTimeStamp.TryParse(at.GetString(), out var instant))
                {
                    return (null, "options.asOf must be a date and time with a time zone, such as 2026-09-01T00:00:00Z.");
                }

                asOf = instant;
            }

            // An SD-JWT VC's key binding must answer the verifier's challenge (nonce) for its domain (aud), RFC 9901 §7.3.
            var challenge = options.TryGetProperty("challenge", out var c1) && c1.ValueKind == JsonValueKind.String ? c1.GetString() : null;
            var domain = options.TryGetProperty("domain", out var d1) && d1.ValueKind == JsonValueKind.String ? d1.GetString() : null;
            if ((options.TryGetProperty("challenge", out _) || options.TryGetProperty("domain", out _)) && (challenge is not { Length: > 0 } || domain is not { Length: > 0 }))
            {
                return (null, "options.challenge and options.domain go together, as non-empty strings: the nonce and audience an SD-JWT VC's key binding must answer.");
            }

            var keyBinding = challenge is null ? null : new Proofs.SdJwt.KeyBindingExpectation(challenge, domain!, Proofs.SdJwt.KeyBindingExpectation.DefaultMaxAge);
            if (!options.TryGetProperty("checks", out var checks) || checks.ValueKind == JsonValueKind.Null)
            {
                return (new VerifyRequest(credential, null, asOf, keyBinding), null);
            }

            if (checks.ValueKind != JsonValueKind.Array)
            {
                return (null, "options.checks must be an array of check names.");
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in checks.EnumerateArray())
            {
                if (c.ValueKind != JsonValueKind.String || !KnownChecks.Contains(c.GetString()!))
                {
                    return (null, "options.checks may name only: " + string.Join(", ", KnownChecks.Order(StringComparer.Ordinal)) + ".");
                }

                names.Add(c.GetString()!);
            }

            return (new VerifyRequest(credential, names, asOf, keyBinding), null);
        }
    }

    // The string's UTF-8 bytes straight from the body when it holds no escape (a compact JWS never does): neither
    // decoded to UTF-16 and back nor copied. The body was checked to be valid UTF-8 before it was parsed.
    private static ReadOnlyMemory<byte> StringBytes(byte[] body, JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value)[1..^1];
        return raw.Contains((byte)'\\') ? Encoding.UTF8.GetBytes(value.GetString()!) : Slice(body, raw);
    }

    // The part of the body a span of the parsed document views (JsonDocument.Parse over an array does not copy it).
    private static ReadOnlyMemory<byte> Slice(byte[] body, ReadOnlySpan<byte> part)
    {
        return body.AsSpan().Overlaps(part, out var offset) && offset >= 0 && offset + part.Length <= body.Length
            ? body.AsMemory(offset, part.Length)
            : part.ToArray();
    }

    // Whether the string, after leading white space, starts a JSON object or array.
    private static bool LooksLikeJson(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value)[1..^1];
        if (raw.Contains((byte)'\\'))
        {
            var text = value.GetString()!.TrimStart();
            return text.StartsWith('{') || text.StartsWith('[');
        }

        while (Rune.DecodeFromUtf8(raw, out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
        {
            raw = raw[length..];
        }

        return raw.Length > 0 && raw[0] is (byte)'{' or (byte)'[';
    }
}
