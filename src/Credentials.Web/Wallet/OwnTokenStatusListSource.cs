using System.Globalization;
using Credentials.Issuer.Status;
using Credentials.Issuer.Wallet;
using Credentials.Model.Ports;

namespace Credentials.Web.Wallet;

/// <summary>
/// This service's own Token Status Lists straight from the registry (signed as <c>GET /token-status/{id}</c> serves
/// them, no network); every other address goes to <paramref name="inner"/>.
/// </summary>
internal sealed class OwnTokenStatusListSource(IStatusListSource inner, TokenStatusListPublisher publisher, WalletUrls urls) : IStatusListSource
{
    public async Task<string?> GetAsync(string url, CancellationToken cancellationToken)
    {
        var prefix = urls.BaseUrl.TrimEnd('/') + WalletUrls.TokenStatusPath + "/";
        if (!url.StartsWith(prefix, StringComparison.Ordinal))
        {
            return await inner.GetAsync(url, cancellationToken).ConfigureAwait(false);
        }

        return long.TryParse(url.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var listId)
            ? await publisher.PublishAsync(listId, cancellationToken).ConfigureAwait(false)
            : null;
    }
}
