using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.Proofs.Keys;

/// <summary>
/// A JSON Web Key (RFC 7517) holding public key material, and optionally the private part <c>d</c>.
/// Supports OKP/Ed25519 (RFC 8037), EC P-256/P-384 and RSA.
/// </summary>
public sealed record Jwk
{
    /// <summary>Key type: <c>OKP</c>, <c>EC</c> or <c>RSA</c>.</summary>
    public required string Kty { get; init; }

    /// <summary>Curve for OKP and EC keys.</summary>
    public string? Crv { get; init; }

    /// <summary>Public x coordinate (EC) or public key (OKP), base64url.</summary>
    public string? X { get; init; }

    /// <summary>Public y coordinate (EC), base64url.</summary>
    public string? Y { get; init; }

    /// <summary>RSA modulus, base64url.</summary>
    public string? N { get; init; }

    /// <summary>RSA public exponent, base64url.</summary>
    public string? E { get; init; }

    /// <summary>Private key material, base64url; null for a public key.</summary>
    public string? D { get; init; }

    /// <summary>Key id, when one is given.</summary>
    public string? Kid { get; init; }

    /// <summary>The same key without its private part.</summary>
    public Jwk ToPublic() => this with { D = null };

    /// <summary>The key as a JSON object, members in RFC 7638 order for the required ones.</summary>
    public JsonObject ToJson()
    {
        var o = new JsonObject();
        if (Crv is not null)
        {
            o["crv"] = Crv;
        }

        if (E is not null)
        {
            o["e"] = E;
        }

        o["kty"] = Kty;
        if (N is not null)
        {
            o["n"] = N;
        }

        if (X is not null)
        {
            o["x"] = X;
        }

        if (Y is not null)
        {
            o["y"] = Y;
        }

        if (D is not null)
        {
            o["d"] = D;
        }

        if (Kid is not null)
        {
            o["kid"] = Kid;
        }

        return o;
    }

    /// <summary>
    /// Reads a JWK from JSON. Returns null with a reason when the JSON is not a usable key
    /// (unknown type, missing or malformed members, wrong lengths).
    /// </summary>
    public static Jwk? TryParse(JsonElement json, out string? error)
    {
        error = null;
        if (json.ValueKind != JsonValueKind.Object)
        {
            error = "a JWK must be a JSON object";
            return null;
        }

        string? Str(string name) =>
            json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var jwk = new Jwk
        {
            Kty = Str("kty") ?? string.Empty,
            Crv = Str("crv"),
            X = Str("x"),
            Y = Str("y"),
            N = Str("n"),
            E = Str("e"),
            D = Str("d"),
            Kid = Str("kid"),
        };
        error = jwk.Check();
        return error is null ? jwk : null;
    }

    /// <summary>Parses JWK JSON text; see <see cref="TryParse(JsonElement, out string?)"/>.</summary>
    public static Jwk? TryParse(string json, out string? error)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            return TryParse(doc.RootElement, out error);
        }
        catch (JsonException e)
        {
            error = "the JWK is not valid JSON: " + e.Message;
            return null;
        }
    }

    private string? Check()
    {
        return (Kty, Crv) switch
        {
            ("OKP", "Ed25519") => Length(X, 32, "x") ?? (D is null ? null : Length(D, 32, "d")),
            ("EC", "P-256") => Length(X, 32, "x") ?? Length(Y, 32, "y") ?? (D is null ? null : Length(D, 32, "d")),
            ("EC", "P-384") => Length(X, 48, "x") ?? Length(Y, 48, "y") ?? (D is null ? null : Length(D, 48, "d")),
            ("RSA", _) => Decodes(N, "n") ?? Decodes(E, "e") ?? (DecodedLength(N) < 256 ? "RSA keys shorter than 2048 bits are not accepted" : null),
            ("OKP", _) or ("EC", _) => $"unsupported curve '{Crv}'",
            _ => $"unsupported key type '{Kty}'",
        };
    }

    private static string? Length(string? value, int expected, string name)
    {
        var n = DecodedLength(value);
        return n == expected ? null : $"member '{name}' must be {expected} bytes of base64url";
    }

    private static string? Decodes(string? value, string name) =>
        DecodedLength(value) > 0 ? null : $"member '{name}' is missing or not base64url";

    private static int DecodedLength(string? value)
    {
        if (string.IsNullOrEmpty(value) || !Base64Url.IsValid(value, out var length))
        {
            return -1;
        }

        return length;
    }
}
