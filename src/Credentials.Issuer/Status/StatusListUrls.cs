using System.Globalization;

namespace Credentials.Issuer.Status;

/// <summary>Where status-list credentials are published: <c>{BaseUrl}/{listId}</c>.</summary>
/// <param name="BaseUrl">The URL prefix, without a trailing slash (a trailing slash is ignored).</param>
public sealed record StatusListUrls(string BaseUrl)
{
    /// <summary>An example base URL on a reserved host, for tests and documentation; the CLI and service never fall back to it.</summary>
    public const string DefaultBaseUrl = "https://credentials.example/status";

    /// <summary>The example URLs (<see cref="DefaultBaseUrl"/>).</summary>
    public static StatusListUrls Default { get; } = new(DefaultBaseUrl);

    /// <summary>The URL of the status-list credential for <paramref name="listId"/>.</summary>
    public string ListUrl(long listId) => BaseUrl.TrimEnd('/') + "/" + listId.ToString(CultureInfo.InvariantCulture);
}
