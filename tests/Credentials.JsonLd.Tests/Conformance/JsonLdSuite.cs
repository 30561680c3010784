using System.Text.Json;

namespace Credentials.JsonLd.Tests.Conformance;

/// <summary>Reads the W3C JSON-LD API test manifests and serves their files through a local loader.</summary>
internal static class JsonLdSuite
{
    public const string BaseIri = "https://w3c.github.io/json-ld-api/tests/";

    public static readonly string Directory = RepositoryPaths.InTestData("json-ld-api");

    private static readonly Dictionary<string, IReadOnlyList<JsonLdSuiteEntry>> Manifests = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static IDocumentLoader Loader { get; } = new LocalLoader();

    public static IReadOnlyList<JsonLdSuiteEntry> Entries(string manifest)
    {
        lock (Gate)
        {
            if (!Manifests.TryGetValue(manifest, out var entries))
            {
                entries = Load(manifest);
                Manifests[manifest] = entries;
            }

            return entries;
        }
    }

    public static TheoryData<string> RunnableIds(string manifest)
    {
        var data = new TheoryData<string>();
        foreach (var entry in Entries(manifest))
        {
            if (JsonLdSuiteSkips.Reason(manifest, entry.Id) is null)
            {
                data.Add(entry.Id);
            }
        }

        return data;
    }

    public static JsonLdSuiteEntry Find(string manifest, string id) => Entries(manifest).Single(e => e.Id == id);

    public static JsonLdOptions OptionsFor(JsonLdSuiteEntry entry)
    {
        JsonElement? expandContext = null;
        if (entry.ExpandContext is not null)
        {
            expandContext = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, entry.ExpandContext))).RootElement.Clone();
        }

        return new JsonLdOptions
        {
            DocumentLoader = Loader,
            Base = entry.Base ?? BaseIri + entry.Input,
            ProcessingMode = entry.ProcessingMode ?? JsonLdOptions.JsonLd11,
            ProduceGeneralizedRdf = entry.ProduceGeneralizedRdf,
            RdfDirection = entry.RdfDirection,
            ExpandContext = expandContext,
        };
    }

    public static JsonElement ReadJson(string relative) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, relative))).RootElement.Clone();

    private static List<JsonLdSuiteEntry> Load(string manifest)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, manifest)));
        var entries = new List<JsonLdSuiteEntry>();
        foreach (var test in document.RootElement.GetProperty("sequence").EnumerateArray())
        {
            var types = test.GetProperty("@type").EnumerateArray().Select(t => t.GetString()!).ToArray();
            var option = test.TryGetProperty("option", out var o) ? o : default;
            string? Option(string name) => option.ValueKind == JsonValueKind.Object && option.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            bool Flag(string name) => option.ValueKind == JsonValueKind.Object && option.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
            entries.Add(new JsonLdSuiteEntry(
                test.GetProperty("@id").GetString()!,
                types,
                test.GetProperty("input").GetString()!,
                test.TryGetProperty("expect", out var expect) ? expect.GetString() : null,
                test.TryGetProperty("expectErrorCode", out var code) ? code.GetString() : null,
                Option("specVersion"),
                Option("processingMode"),
                Option("base"),
                Option("expandContext"),
                Option("rdfDirection"),
                Flag("produceGeneralizedRdf")));
        }

        return entries;
    }

    private sealed class LocalLoader : IDocumentLoader
    {
        public RemoteDocument LoadDocument(string url)
        {
            if (!url.StartsWith(BaseIri, StringComparison.Ordinal))
            {
                throw new JsonLdException(JsonLdErrorCodes.LoadingDocumentFailed, "Not a local test document: " + url);
            }

            var path = Path.Combine(Directory, url[BaseIri.Length..]);
            if (!File.Exists(path))
            {
                throw new JsonLdException(JsonLdErrorCodes.LoadingDocumentFailed, "No such test document: " + url);
            }

            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                return new RemoteDocument(url, document.RootElement.Clone());
            }
            catch (JsonException e)
            {
                throw new JsonLdException(JsonLdErrorCodes.LoadingDocumentFailed, "Invalid JSON in " + url, e);
            }
        }
    }
}
