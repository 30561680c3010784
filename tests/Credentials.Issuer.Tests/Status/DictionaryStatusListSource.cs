using Credentials.Issuer.Status;
using Credentials.Model.Ports;

namespace Credentials.Issuer.Tests.Status;

/// <summary>Serves published lists by URL, as a static host would.</summary>
internal sealed class DictionaryStatusListSource : IStatusListSource
{
    private readonly Dictionary<string, string> _lists = new(StringComparer.Ordinal);

    public void Publish(IEnumerable<PublishedStatusList> lists)
    {
        foreach (var list in lists)
        {
            _lists[list.Url] = list.Jwt;
        }
    }

    public Task<string?> GetAsync(string url, CancellationToken cancellationToken) =>
        Task.FromResult(_lists.GetValueOrDefault(url));
}
