using Credentials.Model.Text;

namespace Credentials.Model.Vocabulary;

/// <summary>
/// A SKOS concept of a controlled vocabulary as ELM carries it: <c>{"id", "type": "Concept",
/// "inScheme": {"id": scheme, "type": "ConceptScheme"}, "prefLabel", "notation"}</c>.
/// </summary>
/// <param name="Id">The concept URI.</param>
/// <param name="Scheme">The concept scheme URI (<c>inScheme.id</c>).</param>
/// <param name="PrefLabel">The preferred label; may be empty when the source gave none.</param>
/// <param name="Notation">The optional notation (e.g. <c>country</c> for the EU country table).</param>
public sealed record Concept(string Id, string Scheme, LanguageMap PrefLabel, string? Notation = null)
{
    /// <summary>True when both concepts have the same URI and scheme (labels may differ between sources).</summary>
    public bool SameAs(Concept? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Scheme, other.Scheme, StringComparison.Ordinal);
}
