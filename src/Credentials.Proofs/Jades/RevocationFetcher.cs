using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Fetches revocation data for a seal's certificates (and its time-stamping authority's) when the seal carries none that
/// decides: the OCSP responders
/// of a certificate's authority information access, else the CRLs of its distribution points (RFC 5280 §4.2.2.1,
/// §4.2.1.13). Only URLs whose host the operator allowed are asked, so a forged seal cannot make the verifier call a
/// host of its choosing; each exchange has a timeout and a size limit. A response is kept, by URL (and request), until
/// its own nextUpdate (at most a day), and only when it verifies for the certificate it was asked for. Thread-safe.
/// </summary>
public sealed class RevocationFetcher
{
    private const int MaxCacheEntries = 1024;
    private static readonly TimeSpan MaxKeep = TimeSpan.FromDays(1);
    private readonly IRevocationTransport _transport;
    private readonly HashSet<string> _allowedHosts;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly int _maxBytes;
    private readonly ConcurrentDictionary<string, (byte[] Body, DateTimeOffset FreshUntil)> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates a fetcher.</summary>
    /// <param name="transport">The host's HTTP exchange.</param>
    /// <param name="allowedHosts">Host names (or IP literals) that may be asked; case-insensitive. Empty: nothing is fetched.</param>
    /// <param name="time">The clock for the cache and the timeout.</param>
    /// <param name="timeout">How long one exchange may take; 5 seconds when null.</param>
    /// <param name="maxBytes">The largest response accepted; 1 MiB by default.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout or the size limit is not positive.</exception>
    public RevocationFetcher(IRevocationTransport transport, IEnumerable<string> allowedHosts, TimeProvider time, TimeSpan? timeout = null, int maxBytes = 1024 * 1024)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(allowedHosts);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        _timeout = timeout ?? TimeSpan.FromSeconds(5);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_timeout, TimeSpan.Zero, nameof(timeout));
        _transport = transport;
        _allowedHosts = allowedHosts.Select(h => h.Trim()).Where(h => h.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _time = time;
        _maxBytes = maxBytes;
    }

    /// <summary>Whether <paramref name="url"/> may be asked: http or https, and its host allowed.</summary>
    public bool Allows(Uri url) =>
        url is not null && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && _allowedHosts.Contains(url.IdnHost);

    /// <summary>Fetches what decides each certificate's status; the note says what happened, for the report.</summary>
    internal async Task<(RevocationValues Values, string Note)> FetchAsync(
        IReadOnlyList<(X509Certificate2 Certificate, X509Certificate2 Issuer)> targets, CancellationToken cancellationToken)
    {
        var values = new RevocationValues();
        var refused = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var failed = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (certificate, issuer) in targets)
        {
            var found = false;
            foreach (var url in CertificateUrls.Ocsp(certificate))
            {
                var request = OcspRequest.For(certificate, issuer);
                if (await GetAsync(url, request, r => OcspValue.Evaluate(r, certificate, issuer), refused, failed, cancellationToken).ConfigureAwait(false) is { } response)
                {
                    values.OcspResponses.Add(response);
                    found = true;
                    break;
                }
            }

            foreach (var url in found ? [] : CertificateUrls.Crls(certificate))
            {
                if (await GetAsync(url, null, c => CrlValue.Evaluate(c, certificate, issuer), refused, failed, cancellationToken).ConfigureAwait(false) is { } crl)
                {
                    values.Crls.Add(crl);
                    break;
                }
            }
        }

        var parts = new List<string>();
        if (refused.Count > 0)
        {
            parts.Add($"the hosts {string.Join(", ", refused)} are not among the allowed revocation hosts");
        }

        if (failed.Count > 0)
        {
            parts.Add($"nothing usable came from {string.Join(", ", failed)}");
        }

        var note = parts.Count > 0 ? string.Join("; ", parts) : "the certificates name no OCSP responder or CRL to fetch";
        return (values, note);
    }

    private async Task<byte[]?> GetAsync(
        Uri url, byte[]? request, Func<byte[], RevocationEvidence?> evaluate, SortedSet<string> refused, SortedSet<string> failed, CancellationToken cancellationToken)
    {
        if (!Allows(url))
        {
            refused.Add(url.IdnHost);
            return null;
        }

        var key = url.AbsoluteUri + (request is null ? string.Empty : " " + Convert.ToHexString(SHA256.HashData(request)));
        var now = _time.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && cached.FreshUntil > now)
        {
            return cached.Body;
        }

        byte[]? body;
        using (var timeout = new CancellationTokenSource(_timeout, _time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                body = await _transport.SendAsync(url, request, request is null ? null : OcspRequest.MediaType, _maxBytes, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                body = null;
            }
        }

        // Only a response that verifies for this certificate is used or kept: junk from an allowed host proves nothing.
        if (body is null || body.Length > _maxBytes || evaluate(body) is not { } evidence)
        {
            failed.Add(url.IdnHost);
            return null;
        }

        if (evidence.NextUpdate is { } next && next > now)
        {
            if (_cache.Count >= MaxCacheEntries)
            {
                _cache.Clear();
            }

            _cache[key] = (body, next < now + MaxKeep ? next : now + MaxKeep);
        }

        return body;
    }
}
