using System.Text.Json;
using Credentials.Model.Ports;

namespace Credentials.Web.Composition;

/// <summary>DID documents read once from configured files, keyed by their <c>id</c>; no network (design §8).</summary>
internal sealed class FileDidDocuments : IDidDocumentSource
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);

    public FileDidDocuments(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var json = File.ReadAllText(path);
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            var id = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()!
                : throw new InvalidOperationException($"the DID document {path} has no id");
            _byId[id] = json;
        }
    }

    public Task<string?> GetAsync(string did, CancellationToken cancellationToken) =>
        Task.FromResult(_byId.GetValueOrDefault(did));
}
