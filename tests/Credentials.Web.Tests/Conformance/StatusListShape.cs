using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// What the vc-bitstring-status-list suite (<c>tests/10-data_model.js</c>, <c>tests/assertions.js</c>) asserts about
/// a credential we issued with status and about the status-list credentials its entries name, one named check per
/// manifest <c>check</c>. Each returns null when the credential passes, or the suite's reason.
/// </summary>
internal static class StatusListShape
{
    private const string VcV2 = "https://www.w3.org/ns/credentials/v2";

    public static string? Failure(string check, JsonObject issued, JsonObject input, IReadOnlyList<JsonObject> entries, IReadOnlyList<JsonObject?> lists)
    {
        if (entries.Count == 0)
        {
            return "Expected the credential to have credentialStatus entries.";
        }

        return check switch
        {
            "vc-conforming" => Conforming(issued, input),
            "entry-id" => entries.FirstOrDefault(e => e["id"] is { } id && (id.GetValueKind() != JsonValueKind.String || (string?)id == (string?)e["statusListCredential"])) is { } bad
                ? $"Expected credentialStatus.id to be a string other than the status list's URL, got {bad["id"]?.ToJsonString()}." : null,
            "entry-type" => entries.Any(e => (string?)e["type"] != "BitstringStatusListEntry") ? "Expected credentialStatus.type to be BitstringStatusListEntry." : null,
            "entry-purpose-string" => entries.Any(e => e["statusPurpose"]?.GetValueKind() != JsonValueKind.String) ? "Expected credentialStatus.statusPurpose to be a string." : null,
            "entry-index-base10" => entries.Any(e => !IsBase10((e["statusListIndex"] as JsonValue)?.GetValueKind() == JsonValueKind.String ? (string?)e["statusListIndex"] : null))
                ? "Expected statusListIndex to be an integer >= 0 expressed as a string in base 10." : null,
            "entry-list-credential" => entries.Any(e => e["statusListCredential"]?.GetValueKind() != JsonValueKind.String) ? "Expected credentialStatus.statusListCredential to be a URL."
                : lists.Any(l => l is null) ? "Expected statusListCredential to resolve to a verifiable credential." : lists.Select(l => ListConforming(l!)).FirstOrDefault(f => f is not null),
            "entry-status-size" => entries.Any(e => e["statusSize"] is { } size && !(size.GetValueKind() == JsonValueKind.Number && size.AsValue().TryGetValue<long>(out var n) && n > 0))
                ? "Expected statusSize to be an integer greater than zero." : null,
            "entry-status-message-present" => entries.Any(e => e["statusSize"] is JsonValue size && size.TryGetValue<long>(out var n) && n > 1 && e["statusMessage"] is null)
                ? "Expected statusMessage when statusSize is greater than 1." : null,
            "entry-status-message-count" => entries.Any(e => e["statusSize"] is JsonValue size && e["statusMessage"] is { } messages && !(messages is JsonArray a && size.TryGetValue<long>(out var n) && a.Count == n))
                ? "Expected statusMessage to be an array as long as statusSize." : null,
            "entry-status-message-members" => entries.Any(e => e["statusMessage"] is { } messages && !(messages is JsonArray a && a.All(m => m?["status"]?.GetValueKind() == JsonValueKind.String && m["message"]?.GetValueKind() == JsonValueKind.String)))
                ? "Expected each statusMessage element to have the string properties status and message." : null,
            "entry-status-reference" => entries.Any(e => e["statusReference"] is { } reference && reference.GetValueKind() != JsonValueKind.String && !(reference is JsonArray a && a.All(x => x?.GetValueKind() == JsonValueKind.String)))
                ? "Expected statusReference to be a string or an array of strings." : null,
            _ => lists.Any(l => l is null) ? "Expected every statusListCredential to resolve to a verifiable credential." : lists.Select(l => ListFailure(check, l!)).FirstOrDefault(f => f is not null),
        };
    }

    private static string? ListFailure(string check, JsonObject list) => check switch
    {
        "slc-conforming" => ListConforming(list),
        "slc-type" => list["type"] is JsonArray types && types.Any(t => (string?)t == "BitstringStatusListCredential") ? null : "Expected type to be an array including BitstringStatusListCredential.",
        "slc-subject-type" => (string?)list["credentialSubject"]?["type"] == "BitstringStatusList" ? null : "Expected the credential subject's type to be BitstringStatusList.",
        "slc-purpose" => list["credentialSubject"]?["statusPurpose"] switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => null,
            JsonArray a when a.Count > 0 && a.All(x => x?.GetValueKind() == JsonValueKind.String) => null,
            _ => "Expected statusPurpose to be one or more strings.",
        },
        "slc-encoded-list" => Decode((string?)list["credentialSubject"]?["encodedList"]) is null ? "Expected encodedList to be multibase base64url (u, no padding) of a GZIP-compressed bitstring." : null,
        // The suite divides the byte count by 100; the spec's 16KB is 16,384 bytes (131,072 bits), which is what we check.
        "slc-16kb" => Decode((string?)list["credentialSubject"]?["encodedList"]) is { Length: >= 16 * 1024 } ? null : "Expected the uncompressed bitstring to be at least 16KB.",
        _ => throw new ArgumentException($"Unknown check {check}.", nameof(check)),
    };

    /// <summary>assertions.js testCredential.</summary>
    private static string? Conforming(JsonObject credential, JsonObject input)
    {
        if (credential["@context"] is not JsonArray context || !context.Any(c => (string?)c == VcV2))
        {
            return "Expected @context to be an array including the VC 2.0 context.";
        }

        if (credential["type"] is not JsonArray types || !types.Any(t => (string?)t == "VerifiableCredential"))
        {
            return "Expected type to be an array including VerifiableCredential.";
        }

        if (!JsonNode.DeepEquals(credential["credentialSubject"], input["credentialSubject"]))
        {
            return "Expected credentialSubject to be the one sent.";
        }

        return IssuerFailure(credential["issuer"]);
    }

    /// <summary>assertions.js testSlCredential.</summary>
    private static string? ListConforming(JsonObject list)
    {
        if (list["@context"] is not JsonArray context || !context.Any(c => (string?)c == VcV2))
        {
            return "Expected the status list credential's @context to include the VC 2.0 context.";
        }

        if (list["type"] is not JsonArray types || !types.Any(t => (string?)t == "VerifiableCredential") || !types.Any(t => (string?)t == "BitstringStatusListCredential"))
        {
            return "Expected type to include VerifiableCredential and BitstringStatusListCredential.";
        }

        if (list["credentialSubject"] is not JsonObject subject || subject["encodedList"]?.GetValueKind() != JsonValueKind.String
            || (string?)subject["type"] != "BitstringStatusList" || subject["statusPurpose"] is null)
        {
            return "Expected a credentialSubject with type BitstringStatusList, encodedList and statusPurpose.";
        }

        return IssuerFailure(list["issuer"]);
    }

    private static string? IssuerFailure(JsonNode? issuer) => issuer switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => null,
        JsonObject o when o["id"]?.GetValueKind() == JsonValueKind.String => null,
        _ => "Expected issuer to be a string or an object with an id.",
    };

    private static bool IsBase10(string? value) =>
        value is { Length: > 0 } && value.All(char.IsAsciiDigit) && (value.Length == 1 || value[0] != '0');

    /// <summary>helpers.js decodeSl: multibase <c>u</c>, base64url without padding, then GZIP.</summary>
    private static byte[]? Decode(string? encoded)
    {
        if (encoded is not { Length: > 1 } || encoded[0] != 'u' || encoded.Contains('=', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var compressed = Convert.FromBase64String(Pad(encoded[1..].Replace('-', '+').Replace('_', '/')));
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var bits = new MemoryStream();
            gzip.CopyTo(bits);
            return bits.ToArray();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            return null;
        }
    }

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
}
