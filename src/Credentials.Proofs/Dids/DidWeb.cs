namespace Credentials.Proofs.Dids;

/// <summary>The <c>did:web</c> method (W3C CCG did:web): a DID whose document is served over HTTPS by its host.</summary>
public static class DidWeb
{
    /// <summary>
    /// The DID for a host and optional path, e.g. <c>uni.example:8443/issuer</c> →
    /// <c>did:web:uni.example%3A8443:issuer</c> (did:web §3.2: the port colon is percent-encoded, path slashes become colons).
    /// </summary>
    /// <exception cref="ArgumentException">Not a domain name with an optional port (1–65535) and path (did:web §3.2:
    /// a domain name, no IP address; the document is fetched over HTTPS from it).</exception>
    public static string FromHost(string hostAndPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostAndPath);
        var trimmed = hostAndPath.Trim().TrimEnd('/');
        if (trimmed.Contains("://", StringComparison.Ordinal))
        {
            trimmed = trimmed[(trimmed.IndexOf("://", StringComparison.Ordinal) + 3)..];
        }

        var parts = trimmed.Split('/');
        var hostPort = parts[0].Split(':');
        if (hostPort.Length > 2 || Uri.CheckHostName(hostPort[0]) != UriHostNameType.Dns || !hostPort[0].Contains('.', StringComparison.Ordinal)
            && hostPort[0] != "localhost")
        {
            throw new ArgumentException($"'{hostAndPath}' is not a domain name with an optional port and path, e.g. credentials.uni.example or uni.example:8443/issuer", nameof(hostAndPath));
        }

        if (hostPort.Length == 2 && (!ushort.TryParse(hostPort[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port == 0))
        {
            throw new ArgumentException($"'{hostAndPath}' has a port that is not a number from 1 to 65535", nameof(hostAndPath));
        }

        if (parts.Skip(1).Any(p => p.Length == 0 || !Uri.IsWellFormedUriString(p, UriKind.Relative) || p.Contains(':', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"'{hostAndPath}' has an empty or invalid path segment", nameof(hostAndPath));
        }

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
