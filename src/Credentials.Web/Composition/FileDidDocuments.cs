using System.Text.Json;
using Credentials.Model.Ports;

namespace Credentials.Web.Composition;

/// <summary>DID documents read once from configured files, keyed by their <c>id</c>; no network (design §8).</summary>
internal sealed class FileDidDocuments : IDidDocumentSource
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);

    public FileDidDocuments(IEnumerable<(string Id, string Json)> documents)
    {
        foreach (var (id, json) in documents)
        {
            _byId[id] = json;
        }
    }

    /// <summary>Reads one DID document file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">It is not a JSON object with a string <c>id</c>.</exception>
    public static (string Id, string Json) Read(string path)
    {
        var json = File.ReadAllText(path);
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var v) && v.ValueKind == JsonValueKind.String
                ? (v.GetString()!, json)
                : throw new FormatException("the DID document has no id");
        }
        catch (JsonException e)
        {
            throw new FormatException("the DID document is not valid JSON: " + e.Message, e);
        }
    }

    public Task<string?> GetAsync(string did, CancellationToken cancellationToken) =>
        Task.FromResult(_byId.GetValueOrDefault(did));
}
