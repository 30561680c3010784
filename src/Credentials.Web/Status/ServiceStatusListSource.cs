using Credentials.Issuer.Status;
using Credentials.Model.Ports;
using Credentials.Web.Composition;

namespace Credentials.Web.Status;

/// <summary>
/// Status lists for the verifier: this service's own lists straight from the registry (signed as <c>GET
/// /status/{id}</c> serves them, no network), other issuers' lists through <see cref="AllowedHostFetcher"/>.
/// </summary>
internal sealed class ServiceStatusListSource(StatusListPublisher publisher, StatusListUrls urls, AllowedHostFetcher fetcher) : IStatusListSource
{
    public async Task<string?> GetAsync(string url, CancellationToken cancellationToken)
    {
        var prefix = urls.BaseUrl.TrimEnd('/') + "/";
        if (url.StartsWith(prefix, StringComparison.Ordinal))
        {
            return long.TryParse(url.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var listId)
                ? (await publisher.PublishAsync(listId, cancellationToken).ConfigureAwait(false))?.Jwt
                : null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) ? await fetcher.GetAsync(uri, cancellationToken).ConfigureAwait(false) : null;
    }
}
