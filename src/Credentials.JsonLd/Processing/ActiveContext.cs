namespace Credentials.JsonLd.Processing;

/// <summary>The active context (JSON-LD 1.1 API §4.1). Treated as immutable once built; changes make copies.</summary>
internal sealed class ActiveContext
{
    public ActiveContext(string? baseIri)
    {
        Base = baseIri;
        OriginalBase = baseIri;
        Terms = new Dictionary<string, TermDefinition?>(StringComparer.Ordinal);
    }

    private ActiveContext(ActiveContext other)
    {
        Base = other.Base;
        OriginalBase = other.OriginalBase;
        Vocab = other.Vocab;
        DefaultLanguage = other.DefaultLanguage;
        DefaultDirection = other.DefaultDirection;
        PreviousContext = other.PreviousContext;
        Terms = new Dictionary<string, TermDefinition?>(other.Terms, StringComparer.Ordinal);
    }

    public Dictionary<string, TermDefinition?> Terms { get; }

    public string? Base { get; set; }

    public string? OriginalBase { get; set; }

    public string? Vocab { get; set; }

    public string? DefaultLanguage { get; set; }

    public string? DefaultDirection { get; set; }

    public ActiveContext? PreviousContext { get; set; }

    /// <summary>Set once the context is complete; a sealed context is never changed again, only copied.</summary>
    public bool Sealed { get; private set; }

    /// <summary>Vocabulary-relative IRI expansions already computed against this (sealed) context.</summary>
    public Dictionary<string, string?>? VocabMemo { get; private set; }

    /// <summary>What processing this context reported (safe-mode findings), replayed when it comes from a cache.</summary>
    public IReadOnlyList<string> Findings { get; private set; } = [];

    public ActiveContext Seal(IReadOnlyList<string> findings)
    {
        if (!Sealed)
        {
            Findings = findings;
        }

        return Seal();
    }

    public ActiveContext Seal()
    {
        if (!Sealed)
        {
            Sealed = true;
            VocabMemo = new Dictionary<string, string?>(StringComparer.Ordinal);
        }

        return this;
    }

    public TermDefinition? Get(string term) => Terms.TryGetValue(term, out var definition) ? definition : null;

    public bool HasProtectedTerms()
    {
        foreach (var definition in Terms.Values)
        {
            if (definition is not null && definition.Protected)
            {
                return true;
            }
        }

        return false;
    }

    public ActiveContext Clone() => new(this);
}
