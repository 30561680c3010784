using System.Text.Json;
using Credentials.Cli.Infrastructure;
using Credentials.Proofs.Keys;

namespace Credentials.Cli.JoseCose;

/// <summary>
/// The vc-jose-cose test suite's <c>--key</c> file: a <c>JsonWebKey</c> verification method (<c>id</c>,
/// <c>controller</c>, <c>publicKeyJwk</c>, <c>secretKeyJwk</c>).
/// </summary>
internal sealed record SuiteKeyFile(string Id, string Controller, Jwk PublicKey, Jwk? SecretKey)
{
    /// <summary>Reads the key file; null with the reason when its key is not one we can use (P-521, for one).</summary>
    /// <exception cref="UserError">The file cannot be read.</exception>
    public static SuiteKeyFile? TryRead(string path, out string? problem)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowDuplicateProperties = false });
            var root = doc.RootElement;
            string? error = null;
            var publicKey = root.TryGetProperty("publicKeyJwk", out var p) ? Jwk.TryParse(p, out error) : null;
            var secretKey = root.TryGetProperty("secretKeyJwk", out var s) ? Jwk.TryParse(s, out _) : null;
            problem = publicKey is null ? $"the key in {Path.GetFileName(path)} is not one this implementation uses: {error ?? "no publicKeyJwk"}" : null;
            return publicKey is null ? null : new SuiteKeyFile(String(root, "id") ?? publicKey.Kid ?? string.Empty, String(root, "controller") ?? string.Empty, publicKey, secretKey);
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidOperationException)
        {
            throw new UserError($"{path} is not a readable verification method: {e.Message}", e);
        }
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
