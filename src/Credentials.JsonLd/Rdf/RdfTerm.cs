namespace Credentials.JsonLd.Rdf;

/// <summary>An RDF term: an IRI, a blank node or a literal (RDF 1.1 Concepts §3).</summary>
public sealed record RdfTerm
{
    // Terms are keys of every index (datasets, graphs, SHACL's sets): hashing their strings once, when the term is
    // made, rather than on every look-up, and comparing the hashes before the strings, is most of what indexing costs.
    private readonly int _hash;

    private RdfTerm(RdfTermKind kind, string value, string? datatype, string? language)
    {
        Kind = kind;
        Value = value;
        Datatype = datatype;
        Language = language;
        _hash = HashCode.Combine(kind, value, datatype, language);
    }

    /// <summary>The kind of term.</summary>
    public RdfTermKind Kind { get; }

    /// <summary>The IRI, the blank node label (without <c>_:</c>) or the literal's lexical form.</summary>
    public string Value { get; }

    /// <summary>The datatype IRI of a literal; <see langword="null"/> for IRIs and blank nodes.</summary>
    public string? Datatype { get; }

    /// <summary>The language tag of a language-tagged literal, otherwise <see langword="null"/>.</summary>
    public string? Language { get; }

    /// <summary>True for IRIs.</summary>
    public bool IsIri => Kind == RdfTermKind.Iri;

    /// <summary>True for blank nodes.</summary>
    public bool IsBlankNode => Kind == RdfTermKind.BlankNode;

    /// <summary>True for literals.</summary>
    public bool IsLiteral => Kind == RdfTermKind.Literal;

    /// <summary>Creates an IRI term.</summary>
    /// <param name="iri">The IRI.</param>
    /// <returns>The term.</returns>
    public static RdfTerm Iri(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        return new RdfTerm(RdfTermKind.Iri, iri, null, null);
    }

    /// <summary>Creates a blank node term.</summary>
    /// <param name="label">The label, with or without a leading <c>_:</c>.</param>
    /// <returns>The term.</returns>
    public static RdfTerm BlankNode(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new RdfTerm(RdfTermKind.BlankNode, label.StartsWith("_:", StringComparison.Ordinal) ? label[2..] : label, null, null);
    }

    /// <summary>Creates a literal. With a language tag the datatype is always <c>rdf:langString</c>.</summary>
    /// <param name="lexicalForm">The lexical form.</param>
    /// <param name="datatype">The datatype IRI; <see langword="null"/> means <c>xsd:string</c>.</param>
    /// <param name="language">An optional language tag.</param>
    /// <returns>The term.</returns>
    public static RdfTerm Literal(string lexicalForm, string? datatype = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        if (language is not null)
        {
            return new RdfTerm(RdfTermKind.Literal, lexicalForm, RdfVocabulary.LangString, language);
        }

        return new RdfTerm(RdfTermKind.Literal, lexicalForm, datatype ?? RdfVocabulary.XsdString, null);
    }

    /// <summary>Equal when kind, value, datatype and language are (ordinal comparison).</summary>
    /// <param name="other">The other term.</param>
    public bool Equals(RdfTerm? other) =>
        ReferenceEquals(this, other)
        || (other is not null && _hash == other._hash && Kind == other.Kind && string.Equals(Value, other.Value, StringComparison.Ordinal)
            && string.Equals(Datatype, other.Datatype, StringComparison.Ordinal) && string.Equals(Language, other.Language, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;

    /// <summary>The term in N-Quads syntax (canonical escaping).</summary>
    /// <returns>The N-Quads form.</returns>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder();
        NQuads.AppendTerm(builder, this);
        return builder.ToString();
    }
}
