using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.Dids;

namespace Credentials.Proofs.Keys;

/// <summary>
/// The on-disk form of an issuer key, as <c>credentials keygen</c> writes it: <c>private.jwk.json</c> and
/// <c>private.pem</c> (secrets, created readable by the owner only), <c>public.jwk.json</c>, <c>public.pem</c>,
/// <c>did.json</c> (the DID document; for did:web, publish it at <c>/.well-known/did.json</c>) and
/// <c>issuer.json</c> (<c>{"did", "kid"}</c>).
/// </summary>
public static class KeyDirectory
{
    /// <summary>File name of the private JWK.</summary>
    public const string PrivateJwkFile = "private.jwk.json";

    /// <summary>File name of the issuer identity.</summary>
    public const string IssuerFile = "issuer.json";

    /// <summary>File name of the DID document.</summary>
    public const string DidDocumentFile = "did.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The issuer identity for a key: did:web when a host is given, else did:key.</summary>
    public static IssuerKey Identify(SigningKey key, string? didWebHost)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (string.IsNullOrWhiteSpace(didWebHost))
        {
            return new IssuerKey(key, key.DidKey, key.DidKeyVerificationMethod);
        }

        var did = DidWeb.FromHost(didWebHost);
        return new IssuerKey(key, did, did + "#" + DidDocuments.KeyFragment);
    }

    /// <summary>Writes the key files into <paramref name="directory"/> (created if missing); refuses to overwrite a private key.</summary>
    /// <exception cref="IOException">A private key already exists there.</exception>
    public static void Write(string directory, IssuerKey issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        Directory.CreateDirectory(directory);
        var privatePath = Path.Combine(directory, PrivateJwkFile);
        if (File.Exists(privatePath))
        {
            throw new IOException($"{privatePath} exists; refusing to overwrite a private key");
        }

        var key = issuer.Key;
        WriteSecret(privatePath, (key.PrivateJwk with { Kid = issuer.KeyId }).ToJson().ToJsonString(Indented) + "\n");
        WriteSecret(Path.Combine(directory, "private.pem"), key.ExportPrivatePem() + "\n");
        File.WriteAllText(Path.Combine(directory, "public.jwk.json"), (key.PublicJwk with { Kid = issuer.KeyId }).ToJson().ToJsonString(Indented) + "\n");
        File.WriteAllText(Path.Combine(directory, "public.pem"), key.ExportPublicPem() + "\n");
        File.WriteAllText(Path.Combine(directory, DidDocumentFile), DocumentFor(issuer).ToJsonString(Indented) + "\n");
        File.WriteAllText(Path.Combine(directory, IssuerFile), new JsonObject { ["did"] = issuer.Did, ["kid"] = issuer.KeyId, ["alg"] = key.Algorithm }.ToJsonString(Indented) + "\n");
    }

    /// <summary>The DID document of an issuer key.</summary>
    public static JsonObject DocumentFor(IssuerKey issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        if (!issuer.Did.StartsWith("did:key:", StringComparison.Ordinal))
        {
            return DidDocuments.Build(issuer.Did, issuer.Key.PublicJwk);
        }

        // A did:key document is derived from the DID itself (did:key §3.1.2): one method whose fragment is the key.
        var doc = DidDocuments.Build(issuer.Did, issuer.Key.PublicJwk);
        var vm = (JsonObject)doc["verificationMethod"]![0]!;
        vm["id"] = issuer.KeyId;
        doc["assertionMethod"] = new JsonArray(issuer.KeyId);
        doc["authentication"] = new JsonArray(issuer.KeyId);
        return doc;
    }

    /// <summary>
    /// Loads an issuer key from a key directory, or from a private JWK file (whose <c>kid</c>, when a DID URL,
    /// names the issuer; otherwise the issuer is the key's did:key).
    /// </summary>
    /// <exception cref="IOException">Files are missing or unreadable.</exception>
    /// <exception cref="FormatException">The files do not hold a usable private key.</exception>
    public static IssuerKey Load(string path)
    {
        var jwkPath = Directory.Exists(path) ? Path.Combine(path, PrivateJwkFile) : path;
        if (!File.Exists(jwkPath))
        {
            throw new IOException($"no private key at {jwkPath}");
        }

        var jwk = Jwk.TryParse(File.ReadAllText(jwkPath), out var error) ?? throw new FormatException($"{jwkPath}: {error}");
        SigningKey key;
        try
        {
            key = SigningKey.FromPrivateJwk(jwk);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{jwkPath}: {e.Message}", e);
        }

        if (jwk.Kid is { } kid && kid.StartsWith("did:", StringComparison.Ordinal) && kid.Contains('#', StringComparison.Ordinal))
        {
            var did = kid[..kid.IndexOf('#', StringComparison.Ordinal)];
            if (did.StartsWith("did:key:", StringComparison.Ordinal) && did != key.DidKey)
            {
                key.Dispose();
                throw new FormatException($"{jwkPath}: the kid names another did:key than this key's");
            }

            return new IssuerKey(key, did, kid);
        }

        return Identify(key, null);
    }

    private static void WriteSecret(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(content);
    }
}
