using System.Globalization;

namespace Credentials.Issuer.Wallet;

/// <summary>
/// The addresses an SD-JWT VC names, all under the service's public base URL: the <c>vct</c> (where its type metadata
/// is served) and the Token Status Lists (<c>{base}/token-status/{listId}</c>, the same registry bits as
/// <c>{base}/status/{listId}</c>).
/// </summary>
/// <param name="BaseUrl">The service's public base URL, without a trailing slash (a trailing slash is ignored).</param>
public sealed record WalletUrls(string BaseUrl)
{
    /// <summary>The path of the micro-credential's type metadata, relative to the base URL.</summary>
    public const string VctPath = "/credentials/types/micro-credential";

    /// <summary>The path prefix of Token Status Lists, relative to the base URL.</summary>
    public const string TokenStatusPath = "/token-status";

    /// <summary>The <c>vct</c> of our micro-credential: an https URL under the base URL (SD-JWT VC §3.2.2.1.1).</summary>
    public string Vct => BaseUrl.TrimEnd('/') + VctPath;

    /// <summary>The Token Status List token of the registry list <paramref name="listId"/>.</summary>
    public string TokenStatusList(long listId) => BaseUrl.TrimEnd('/') + TokenStatusPath + "/" + listId.ToString(CultureInfo.InvariantCulture);
}
