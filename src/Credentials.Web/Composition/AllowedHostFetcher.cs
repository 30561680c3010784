using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Credentials.Web.Composition;

/// <summary>
/// The one way the verifier reaches the network: GET of a document from a host the operator allowed, over HTTPS,
/// with a timeout and a size limit, cached by <c>max-age</c> and revalidated with <c>ETag</c>. Anything else (host
/// not allowed, error status, too large, timeout) is <see langword="null"/>, which the checks report as
/// Indeterminate. A forged credential therefore cannot make the service call a host of its choosing.
/// </summary>
internal sealed class AllowedHostFetcher(HttpClient http, IReadOnlySet<string> allowedHosts, TimeProvider time, int maxBytes = 1024 * 1024)
{
    private static readonly TimeSpan DefaultFreshness = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, CachedDocument> _cache = new(StringComparer.Ordinal);

    public bool Allows(Uri url) =>
        url.Scheme == Uri.UriSchemeHttps && allowedHosts.Contains(url.IdnHost.ToLowerInvariant());

    public async Task<string?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!Allows(url))
        {
            return null;
        }

        var key = url.AbsoluteUri;
        var now = time.GetUtcNow();
        _cache.TryGetValue(key, out var cached);
        if (cached is not null && cached.FreshUntil > now)
        {
            return cached.Body;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cached?.ETag is { } etag)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
            {
                _cache[key] = cached with { FreshUntil = now + Freshness(response) };
                return cached.Body;
            }

            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > maxBytes)
            {
                return null;
            }

            var body = await ReadLimitedAsync(response, cancellationToken).ConfigureAwait(false);
            if (body is not null)
            {
                _cache[key] = new CachedDocument(body, response.Headers.ETag, now + Freshness(response));
            }

            return body;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return cancellationToken.IsCancellationRequested ? throw new OperationCanceledException(cancellationToken) : null;
        }
    }

    private static TimeSpan Freshness(HttpResponseMessage response) =>
        response.Headers.CacheControl switch
        {
            { NoStore: true } or { NoCache: true } => TimeSpan.Zero,
            { MaxAge: { } age } => age < TimeSpan.FromDays(1) ? age : TimeSpan.FromDays(1),
            _ => DefaultFreshness,
        };

    private async Task<string?> ReadLimitedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private sealed record CachedDocument(string Body, EntityTagHeaderValue? ETag, DateTimeOffset FreshUntil);
}
