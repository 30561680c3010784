using Credentials.Model.Text;

namespace Credentials.Model.Vocabulary;

/// <summary>
/// One controlled vocabulary: its scheme URI and its concepts, each reachable by a short readable code used in our
/// JSON input (e.g. <c>online</c>) or by its URI.
/// </summary>
public sealed class ConceptVocabulary
{
    private readonly Dictionary<string, Concept> byCode;
    private readonly Dictionary<string, string> codeById;

    internal ConceptVocabulary(string scheme, string? notation, IEnumerable<(string Code, string Id, string Label)> concepts)
    {
        Scheme = scheme;
        byCode = new Dictionary<string, Concept>(StringComparer.Ordinal);
        codeById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, id, label) in concepts)
        {
            byCode.Add(code, new Concept(id, scheme, LanguageMap.Of("en", label), notation));
            codeById.Add(id, code);
        }
    }

    /// <summary>The concept scheme URI.</summary>
    public string Scheme { get; }

    /// <summary>The short codes, in declaration order.</summary>
    public IEnumerable<string> Codes => byCode.Keys;

    /// <summary>The concepts, in declaration order.</summary>
    public IEnumerable<Concept> Concepts => byCode.Values;

    /// <summary>The concept for a short code or a concept URI; null when neither is known.</summary>
    public Concept? Find(string codeOrId)
    {
        ArgumentNullException.ThrowIfNull(codeOrId);
        if (byCode.TryGetValue(codeOrId, out var concept))
        {
            return concept;
        }

        return codeById.TryGetValue(codeOrId, out var code) ? byCode[code] : null;
    }

    /// <summary>The short code of a concept URI; null when the URI is not in this vocabulary.</summary>
    public string? CodeOf(string id) => codeById.GetValueOrDefault(id);

    /// <summary>True when the URI is a concept of this vocabulary.</summary>
    public bool Contains(string id) => codeById.ContainsKey(id);
}
