using System.Security.Cryptography;
using System.Text;
using Credentials.Model.Registry;

namespace Credentials.Web.Authentication;

/// <summary>
/// Checks <c>Authorization: Bearer &lt;key&gt;</c> against the registry's API keys (created with
/// <c>credentials apikey create</c>) and the hashes listed in configuration. Only SHA-256 hashes are compared or stored;
/// a registry key counts only when it is active and names this service's issuer.
/// </summary>
internal sealed class ApiKeyAuthenticator(IApiKeyStore store, IReadOnlyList<byte[]> configuredHashes, string issuerDid)
{
    private const string Scheme = "Bearer ";

    /// <summary>The issuer every accepted key acts for (this service's).</summary>
    public string IssuerDid => issuerDid;

    /// <summary>
    /// The caller; or null, with whether a bearer token was sent at all (RFC 6750 §3.1: a request without one gets no
    /// error code, a token that is unknown, revoked or another issuer's is <c>invalid_token</c>).
    /// </summary>
    public async Task<(string? Actor, bool TokenSent)> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && !header.Equals(Scheme.TrimEnd(), StringComparison.OrdinalIgnoreCase))
        {
            return (null, false);
        }

        if (header.Length <= Scheme.Length || header.Length > 512)
        {
            return (null, true);
        }

        return (await AuthenticateHashAsync(Hash(header[Scheme.Length..]), cancellationToken).ConfigureAwait(false), true);
    }

    /// <summary>The SHA-256 of a key as given (surrounding spaces ignored): all that is ever compared or kept.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim()));

    /// <summary>
    /// The actor name of the key whose SHA-256 is <paramref name="hash"/>; null when that key is unknown, revoked or
    /// another issuer's. The issuer page re-checks its sign-in cookie's hash with this on every request.
    /// </summary>
    public async Task<string?> AuthenticateHashAsync(byte[] hash, CancellationToken cancellationToken)
    {
        if (hash.Length != SHA256.HashSizeInBytes)
        {
            return null;
        }

        if (MatchesConfigured(hash))
        {
            return "api-key:configured-" + Convert.ToHexStringLower(hash.AsSpan(0, 4));
        }

        var stored = await store.FindAsync(hash, cancellationToken).ConfigureAwait(false);
        return stored is { IsActive: true } && stored.Issuer == issuerDid ? "api-key:" + stored.Id : null;
    }

    /// <summary>Parses the configured hex hashes; a malformed one stops the service at start-up.</summary>
    public static IReadOnlyList<byte[]> ParseConfigured(IEnumerable<string> hex) => hex
        .Select(h => h.Length == 64 && h.All(Uri.IsHexDigit)
            ? Convert.FromHexString(h)
            : throw new InvalidOperationException("Credentials:ApiKeySha256 entries must be 64 hex digits (a SHA-256)"))
        .ToList();

    private bool MatchesConfigured(byte[] hash)
    {
        var accepted = false;
        foreach (var expected in configuredHashes)
        {
            accepted |= CryptographicOperations.FixedTimeEquals(hash, expected);
        }

        return accepted;
    }
}
