using System.Text.Json;
using Credentials.Model.Ports;

namespace Credentials.TestKit;

/// <summary>A DID document source over documents held in memory, keyed by their <c>id</c>.</summary>
public sealed class InMemoryDidDocuments : IDidDocumentSource
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);

    /// <summary>Creates a source over the given documents.</summary>
    public InMemoryDidDocuments(params string[] documents)
    {
        foreach (var json in documents)
        {
            using var doc = JsonDocument.Parse(json);
            _byId[doc.RootElement.GetProperty("id").GetString()!] = json;
        }
    }

    /// <inheritdoc/>
    public Task<string?> GetAsync(string did, CancellationToken cancellationToken) =>
        Task.FromResult(_byId.GetValueOrDefault(did));
}
