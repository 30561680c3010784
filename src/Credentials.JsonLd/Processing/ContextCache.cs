using System.Runtime.CompilerServices;

namespace Credentials.JsonLd.Processing;

/// <summary>
/// Per-loader caches: parsed remote context documents and processed contexts keyed by the identity of their inputs,
/// so the large bundled contexts (and their scoped contexts) are processed once, not per document.
/// </summary>
internal sealed class ContextCache
{
    private const int MaxEntries = 4096;
    private static readonly ConditionalWeakTable<IDocumentLoader, ContextCache> Caches = [];

    private readonly Lock gate = new();
    private readonly Dictionary<string, (string Url, object? Document)> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<Key, ActiveContext> processed = [];
    private readonly Dictionary<(string?, string), ActiveContext> initial = [];
    private readonly HashSet<object> loadedMaps = new(ReferenceEqualityComparer.Instance);

    public static ContextCache For(IDocumentLoader loader) => Caches.GetValue(loader, _ => new ContextCache());

    public ActiveContext Initial(string? baseIri, string mode)
    {
        lock (gate)
        {
            if (!initial.TryGetValue((baseIri, mode), out var context))
            {
                context = new ActiveContext(baseIri).Seal();
                initial[(baseIri, mode)] = context;
            }

            return context;
        }
    }

    public bool TryGetDocument(string url, out (string Url, object? Document) document)
    {
        lock (gate)
        {
            return documents.TryGetValue(url, out document);
        }
    }

    public void AddDocument(string url, (string Url, object? Document) document)
    {
        lock (gate)
        {
            documents[url] = document;
            Collect(document.Document);
        }
    }

    /// <summary>
    /// True for maps that belong to a loaded (cached) context document. Only those are worth caching by identity;
    /// inline contexts of documents are new objects every time and would only fill the cache.
    /// </summary>
    public bool IsLoadedMap(object local)
    {
        lock (gate)
        {
            return loadedMaps.Contains(local);
        }
    }

    private void Collect(object? value)
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                loadedMaps.Add(map);
                foreach (var item in map.Values)
                {
                    Collect(item);
                }

                break;
            case List<object?> list:
                foreach (var item in list)
                {
                    Collect(item);
                }

                break;
        }
    }

    public bool TryGetProcessed(Key key, out ActiveContext? context)
    {
        lock (gate)
        {
            return processed.TryGetValue(key, out context);
        }
    }

    public void AddProcessed(Key key, ActiveContext context)
    {
        lock (gate)
        {
            if (processed.Count >= MaxEntries)
            {
                processed.Clear();
            }

            processed[key] = context;

        }
    }

    /// <summary>A processed-context cache key: inputs compared by reference, flags and base by value.</summary>
    internal readonly record struct Key(ActiveContext Active, object Local, string? BaseUrl, bool OverrideProtected, bool Propagate, bool Validate, bool TopLevel)
    {
        public bool Equals(Key other) =>
            ReferenceEquals(Active, other.Active) && ReferenceEquals(Local, other.Local) && BaseUrl == other.BaseUrl
            && OverrideProtected == other.OverrideProtected && Propagate == other.Propagate && Validate == other.Validate
            && TopLevel == other.TopLevel;

        public override int GetHashCode() =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(Active), RuntimeHelpers.GetHashCode(Local), BaseUrl, OverrideProtected, Propagate, Validate, TopLevel);
    }
}
