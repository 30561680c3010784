using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Credentials.JsonLd.Processing;
using SimpleBase;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// What the vc-di-eddsa suite (and data-integrity-test-suite-assertion's <c>suites/create.js</c>) asserts about a
/// credential our issuer secured, one named check per manifest <c>check</c>. Each returns null when the credential
/// passes, or the suite's reason.
/// </summary>
internal static partial class DataIntegrityProofShape
{
    private const string Security = "https://w3id.org/security#";

    /// <summary>Runs <paramref name="check"/> on <paramref name="issued"/>; <paramref name="publicKeyOf"/> dereferences a verification method to its <c>publicKeyMultibase</c>.</summary>
    public static async Task<string?> FailureAsync(string check, JsonObject issued, string cryptosuite, Func<string, Task<string?>> publicKeyOf)
    {
        var proofs = issued["proof"] switch
        {
            JsonObject one => [one],
            JsonArray many => many.OfType<JsonObject>().ToList(),
            _ => new List<JsonObject>(),
        };
        // Every data-model and algorithms test first asserts at least one proof of the suite's cryptosuite.
        var ours = proofs.Where(p => (string?)p["cryptosuite"] == cryptosuite).ToList();
        if (check is not ("proof-present" or "proof-object-or-set" or "proof-id-url") && ours.Count == 0)
        {
            return $"Expected at least one {cryptosuite} proof.";
        }

        return check switch
        {
            "proof-present" => issued["proof"] is null ? "Expected a proof property." : null,
            "proof-object-or-set" => issued["proof"] is JsonObject || (issued["proof"] is JsonArray a && a.All(p => p is JsonObject)) ? null : "Expected proof to be an object or a set of objects.",
            "proof-id-url" => proofs.Any(p => p["id"] is not null && !IsUrl((string?)p["id"])) ? "Expected proof.id to be a URL." : null,
            "proof-type-maps-to-url" => ours.Any(p => !Expand(issued, new JsonObject { ["type"] = p["type"]?.DeepClone() }).All(n => n["@type"] is JsonArray t && t.Count > 0 && t.All(u => IsUrl((string?)u)))) ? "Expected proof.type to map to a URL." : null,
            "type-DataIntegrityProof" => ours.Any(p => (string?)p["type"] != "DataIntegrityProof") ? "Expected DataIntegrityProof type." : null,
            "proofValue-multibase" => ours.Any(p => !IsBase58Btc((string?)p["proofValue"])) ? "Expected proofValue to be multibase base58btc (z)." : null,
            "proofValue-ed25519-signature" => ours.Any(p => !IsBase58Btc((string?)p["proofValue"]) || Base58.Bitcoin.Decode(((string)p["proofValue"]!).AsSpan(1)).Length != 64) ? "Expected proofValue to be a base58btc 64-byte Ed25519 signature." : null,
            "proofValue-utf8" => ours.Any(p => p["proofValue"] is null || !IsValidUtf16((string)p["proofValue"]!)) ? "Expected proofValue to be a valid UTF-8 string." : null,
            "cryptosuite-present" => ours.Any(p => (string?)p["type"] == "DataIntegrityProof" && p["cryptosuite"] is null) ? "Expected a cryptosuite on a DataIntegrityProof." : null,
            "cryptosuite-string" => proofs.Any(p => p["cryptosuite"] is not null && p["cryptosuite"]!.GetValueKind() != JsonValueKind.String) ? "Expected cryptosuite to be a string." : null,
            "cryptosuite-named" => ours.Count > 0 ? null : $"Expected a proof with cryptosuite {cryptosuite}.",
            "cryptosuite-string-subtype" => ours.Any(p => !Expand(issued, new JsonObject { ["cryptosuite"] = p["cryptosuite"]?.DeepClone(), ["type"] = p["type"]?.DeepClone() })
                .All(n => n[Security + "cryptosuite"] is JsonArray values && values.Any(v => (string?)v?["@type"] == Security + "cryptosuiteString" && (string?)v?["@value"] == cryptosuite)))
                ? $"Expected {Security}cryptosuite with @type {Security}cryptosuiteString." : null,
            "verificationMethod-maps-to-url" => ours.Any(p => !MapsToUrl(issued, p, Security + "verificationMethod")) ? "Expected proof.verificationMethod to map to a URL." : null,
            "proofPurpose-maps-to-url" => ours.Any(p => p["proofPurpose"]?.GetValueKind() != JsonValueKind.String || !MapsToUrl(issued, p, Security + "proofPurpose")) ? "Expected proof.proofPurpose to be a string mapping to a URL." : null,
            "mandatory-proof-members" => ours.Any(p => p["type"] is null || p["proofPurpose"]?.GetValueKind() != JsonValueKind.String || p["proofValue"]?.GetValueKind() != JsonValueKind.String) ? "Expected type, proofPurpose and proofValue on the proof." : null,
            "type-present" => ours.Any(p => p["type"] is null) ? "Expected a type identifier on the proof." : null,
            "type-and-cryptosuite-present" => ours.Any(p => p["type"] is null || p["cryptosuite"] is null) ? "Expected type and cryptosuite on the proof." : null,
            "type-and-cryptosuite-named" => ours.Any(p => (string?)p["type"] != "DataIntegrityProof" || (string?)p["cryptosuite"] != cryptosuite) ? $"Expected DataIntegrityProof and {cryptosuite}." : null,
            "created-datetime" => ours.Any(p => p["created"] is not null && !DateTimeOffset.TryParse((string?)p["created"], System.Globalization.CultureInfo.InvariantCulture, out _)) ? "Expected created to be a valid datetime." : null,
            "publicKeyMultibase-base58btc" => await PublicKeysFailureAsync(ours, publicKeyOf),
            _ => throw new ArgumentException($"Unknown check {check}.", nameof(check)),
        };
    }

    private static async Task<string?> PublicKeysFailureAsync(List<JsonObject> proofs, Func<string, Task<string?>> publicKeyOf)
    {
        foreach (var proof in proofs)
        {
            var key = await publicKeyOf((string)proof["verificationMethod"]!);
            if (!IsBase58Btc(key))
            {
                return $"Expected the publicKeyMultibase of {proof["verificationMethod"]} to be base58btc, got {key ?? "none"}.";
            }
        }

        return null;
    }

    /// <summary>assertions.js shouldMapToUrl: the proof, in the credential's context, expands to a term whose <c>@id</c>s are URLs.</summary>
    private static bool MapsToUrl(JsonObject issued, JsonObject proof, string term)
    {
        var document = (JsonObject)proof.DeepClone();
        document.Remove("@context");
        return Expand(issued, document).All(n => n[term] is JsonArray values && values.Count > 0 && values.All(v => IsUrl((string?)v?["@id"])));
    }

    private static List<JsonObject> Expand(JsonObject issued, JsonObject members)
    {
        var document = new JsonObject { ["@context"] = issued["@context"]?.DeepClone() };
        foreach (var (name, value) in members)
        {
            document[name] = value?.DeepClone();
        }

        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var expanded = JsonLdProcessor.Expand(parsed.RootElement, new JsonLdOptions()).OfType<JsonObject>().ToList();
        return expanded.Count > 0 ? expanded : [new JsonObject()];
    }

    private static bool IsUrl(string? value) => value is not null && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme.Length > 0;

    private static bool IsBase58Btc(string? value) => value is { Length: > 1 } && value[0] == 'z' && Base58Alphabet().IsMatch(value[1..]);

    private static bool IsValidUtf16(string value)
    {
        try
        {
            _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(value);
            return true;
        }
        catch (System.Text.EncoderFallbackException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Base58Alphabet();
}
