using System.Globalization;

namespace Credentials.Issuer.Status;

/// <summary>Where status-list credentials are published: <c>{BaseUrl}/{listId}</c>.</summary>
/// <param name="BaseUrl">The URL prefix, without a trailing slash (a trailing slash is ignored).</param>
public sealed record StatusListUrls(string BaseUrl)
{
    /// <summary>The default base URL used when the operator configures none.</summary>
    public const string DefaultBaseUrl = "https://credentials.example/status";

    /// <summary>The default URLs.</summary>
    public static StatusListUrls Default { get; } = new(DefaultBaseUrl);

    /// <summary>The URL of the status-list credential for <paramref name="listId"/>.</summary>
    public string ListUrl(long listId) => BaseUrl.TrimEnd('/') + "/" + listId.ToString(CultureInfo.InvariantCulture);
}
