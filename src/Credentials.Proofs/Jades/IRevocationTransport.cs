namespace Credentials.Proofs.Jades;

/// <summary>
/// The network, as the seal verifier may use it: one HTTP exchange for revocation data. Hosts implement it over
/// HTTP; <see cref="RevocationFetcher"/> decides which URLs may be asked (the operator's allowed hosts), how long to
/// wait and what to keep. Implementations never follow redirects and answer null for any failure.
/// </summary>
public interface IRevocationTransport
{
    /// <summary>GET <paramref name="url"/> (a CRL), or POST <paramref name="body"/> to it as <paramref name="mediaType"/> (an OCSP request).</summary>
    /// <param name="url">An <c>http</c> or <c>https</c> URL whose host the operator allowed.</param>
    /// <param name="body">The request body for POST; null for GET.</param>
    /// <param name="mediaType">The body's media type, e.g. <c>application/ocsp-request</c>; ignored for GET.</param>
    /// <param name="maxBytes">Answer null rather than read a response body longer than this.</param>
    /// <param name="cancellationToken">Cancels the exchange (the fetcher's timeout cancels through it too).</param>
    /// <returns>The response body of a 2xx answer, or null (error status, too large, unreachable, redirected).</returns>
    Task<byte[]?> SendAsync(Uri url, byte[]? body, string? mediaType, int maxBytes, CancellationToken cancellationToken);
}
