namespace Credentials.JsonLd.Processing;

/// <summary>A term definition (JSON-LD 1.1 API §4.1 "term definition").</summary>
internal sealed class TermDefinition
{
    public string? Iri { get; set; }

    public bool Prefix { get; set; }

    public bool Protected { get; set; }

    public bool Reverse { get; set; }

    public string? TypeMapping { get; set; }

    public bool HasLanguage { get; set; }

    public string? Language { get; set; }

    public bool HasDirection { get; set; }

    public string? Direction { get; set; }

    public HashSet<string>? Container { get; set; }

    public bool HasContext { get; set; }

    public object? Context { get; set; }

    public string? BaseUrl { get; set; }

    public string? Nest { get; set; }

    public string? Index { get; set; }

    public bool HasContainer(string keyword) => Container is not null && Container.Contains(keyword);

    /// <summary>Equality for protected-term checks, ignoring the protected flag (JSON-LD 1.1 API §4.2.2 step 27.1).</summary>
    public bool SameAs(TermDefinition other) =>
        Iri == other.Iri && Prefix == other.Prefix && Reverse == other.Reverse && TypeMapping == other.TypeMapping
        && HasLanguage == other.HasLanguage && Language == other.Language && HasDirection == other.HasDirection
        && Direction == other.Direction && Nest == other.Nest && Index == other.Index
        && (Container ?? []).SetEquals(other.Container ?? [])
        && HasContext == other.HasContext && JsonModel.DeepEquals(Context, other.Context);
}
