namespace Credentials.Proofs.Dids;

/// <summary>The <c>did:web</c> method (W3C CCG did:web): a DID whose document is served over HTTPS by its host.</summary>
public static class DidWeb
{
    /// <summary>
    /// The DID for a host and optional path, e.g. <c>uni.example:8443/issuer</c> →
    /// <c>did:web:uni.example%3A8443:issuer</c> (did:web §3.2: the port colon is percent-encoded, path slashes become colons).
    /// </summary>
    public static string FromHost(string hostAndPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostAndPath);
        var trimmed = hostAndPath.Trim().TrimEnd('/');
        if (trimmed.Contains("://", StringComparison.Ordinal))
        {
            trimmed = trimmed[(trimmed.IndexOf("://", StringComparison.Ordinal) + 3)..];
        }

        var parts = trimmed.Split('/');
        parts[0] = parts[0].Replace(":", "%3A", StringComparison.Ordinal);
        return "did:web:" + string.Join(':', parts);
    }

    /// <summary>The HTTPS URL of a did:web document (did:web §3.2 read).</summary>
    public static Uri DocumentUrl(string did)
    {
        ArgumentNullException.ThrowIfNull(did);
        if (!did.StartsWith("did:web:", StringComparison.Ordinal))
        {
            throw new ArgumentException("not a did:web identifier", nameof(did));
        }

        var parts = did["did:web:".Length..].Split(':');
        var host = Uri.UnescapeDataString(parts[0]);
        var path = parts.Length == 1 ? "/.well-known/did.json" : "/" + string.Join('/', parts[1..]) + "/did.json";
        return new Uri("https://" + host + path);
    }
}
