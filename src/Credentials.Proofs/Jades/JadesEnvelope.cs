using Credentials.Proofs.Findings;
using System.Buffers.Text;
using System.Text.Json;

namespace Credentials.Proofs.Jades;

/// <summary>
/// The one signature of a JWS JSON serialization (RFC 7515 §7.2), general (<c>signatures</c>) or flattened form,
/// taken apart but not verified.
/// </summary>
internal sealed record JadesEnvelope(string Payload, string EncodedProtected, JsonElement? Unprotected, string EncodedSignature)
{
    /// <summary>Whether <paramref name="root"/> has the members that make it look like a JWS JSON serialization.</summary>
    public static bool LooksLikeJws(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty(JadesNames.Payload, out _)
        && (root.TryGetProperty(JadesNames.Signatures, out _) || root.TryGetProperty(JadesNames.Signature, out _)
            || root.TryGetProperty(JadesNames.Protected, out _));

    /// <summary>Reads the envelope; returns null and adds a problem when it is malformed.</summary>
    public static JadesEnvelope? Read(JsonElement root, List<JadesProblem> problems)
    {
        var payload = root.GetProperty(JadesNames.Payload);
        if (payload.ValueKind != JsonValueKind.String)
        {
            return Fail(problems, "the JWS payload is not a string");
        }

        JsonElement signature;
        var flattened = root.TryGetProperty(JadesNames.Signature, out _) || root.TryGetProperty(JadesNames.Protected, out _);
        if (root.TryGetProperty(JadesNames.Signatures, out var signatures))
        {
            if (flattened)
            {
                return Fail(problems, "the JWS mixes the general (signatures) and flattened (signature) forms");
            }

            if (signatures.ValueKind != JsonValueKind.Array || signatures.GetArrayLength() == 0)
            {
                return Fail(problems, "the JWS signatures member is not a non-empty array");
            }

            if (signatures.GetArrayLength() > 1)
            {
                // A seal is one signature by one organisation; which of several would be "the" seal is not defined.
                return Fail(problems, $"the JWS has {signatures.GetArrayLength()} signatures; a JAdES seal has exactly one");
            }

            signature = signatures[0];
            if (signature.ValueKind != JsonValueKind.Object)
            {
                return Fail(problems, "the JWS signature entry is not an object");
            }
        }
        else
        {
            signature = root;
        }

        if (!signature.TryGetProperty(JadesNames.Protected, out var protectedHeader)
            || protectedHeader.ValueKind != JsonValueKind.String || protectedHeader.GetString()!.Length == 0)
        {
            // ETSI TS 119 182-1: the signed properties live in the protected header, so it must exist.
            return Fail(problems, "the JWS signature has no protected header");
        }

        if (!signature.TryGetProperty(JadesNames.Signature, out var value) || value.ValueKind != JsonValueKind.String
            || value.GetString()!.Length == 0)
        {
            return Fail(problems, "the JWS has no signature value");
        }

        if (!Base64Url.IsValid(protectedHeader.GetString()!) || !Base64Url.IsValid(value.GetString()!))
        {
            return Fail(problems, "the protected header or the signature value is not base64url");
        }

        JsonElement? unprotected = null;
        if (signature.TryGetProperty(JadesNames.Header, out var header))
        {
            if (header.ValueKind != JsonValueKind.Object)
            {
                return Fail(problems, "the unprotected JWS header is not an object");
            }

            unprotected = header;
        }

        return new JadesEnvelope(payload.GetString()!, protectedHeader.GetString()!, unprotected, value.GetString()!);
    }

    private static JadesEnvelope? Fail(List<JadesProblem> problems, string message)
    {
        problems.Add(new JadesProblem(CheckCodes.FormatMalformedJws, message));
        return null;
    }
}
