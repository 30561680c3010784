using System.Collections.Frozen;
using System.Text.Json;

namespace Credentials.JsonLd.Loading;

/// <summary>
/// The JSON-LD contexts shipped inside this library and an offline loader over them. Contexts are never fetched from
/// the network: any other URL fails with an error that names it.
/// </summary>
public static class BundledContexts
{
    private const string ResourcePrefix = "Credentials.JsonLd.Contexts.";
    private static readonly Lazy<FrozenDictionary<string, RemoteDocument>> LazyDocuments = new(LoadAll);

    /// <summary>The offline loader: serves the bundled contexts (http and https spellings) and nothing else.</summary>
    public static IDocumentLoader Loader { get; } = new BundledLoader();

    /// <summary>The context URLs as listed in the bundled index.</summary>
    public static IReadOnlyCollection<string> Urls => LazyDocuments.Value.Values.Select(d => d.DocumentUrl).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Looks a bundled context up by URL (http and https spellings both match).</summary>
    /// <param name="url">The URL.</param>
    /// <param name="document">The document when found.</param>
    /// <returns>True when the URL is bundled.</returns>
    public static bool TryGet(string url, out RemoteDocument? document)
    {
        ArgumentNullException.ThrowIfNull(url);
        return LazyDocuments.Value.TryGetValue(url, out document);
    }

    private static FrozenDictionary<string, RemoteDocument> LoadAll()
    {
        var assembly = typeof(BundledContexts).Assembly;
        using var index = JsonDocument.Parse(ReadResource(assembly, "index.json"));
        var map = new Dictionary<string, RemoteDocument>(StringComparer.Ordinal);
        foreach (var entry in index.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString()!;
            using var parsed = JsonDocument.Parse(ReadResource(assembly, file));
            var document = new RemoteDocument(entry.Name, parsed.RootElement.Clone());
            map[entry.Name] = document;
            var alternate = entry.Name.StartsWith("https://", StringComparison.Ordinal)
                ? "http://" + entry.Name["https://".Length..]
                : entry.Name.StartsWith("http://", StringComparison.Ordinal) ? "https://" + entry.Name["http://".Length..] : null;
            if (alternate is not null)
            {
                map.TryAdd(alternate, document);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] ReadResource(System.Reflection.Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException("Bundled context resource missing: " + file);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private sealed class BundledLoader : IDocumentLoader
    {
        public RemoteDocument LoadDocument(string url)
        {
            ArgumentNullException.ThrowIfNull(url);
            if (TryGet(url, out var document))
            {
                return document!;
            }

            throw new JsonLdException(
                JsonLdErrorCodes.LoadingDocumentFailed,
                "The document " + url + " is not a bundled context; contexts are never fetched from the network.");
        }
    }
}
