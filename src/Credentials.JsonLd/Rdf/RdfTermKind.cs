namespace Credentials.JsonLd.Rdf;

/// <summary>The three kinds of RDF term.</summary>
public enum RdfTermKind
{
    /// <summary>An absolute IRI.</summary>
    Iri,

    /// <summary>A blank node; <see cref="RdfTerm.Value"/> is its label without the <c>_:</c> prefix.</summary>
    BlankNode,

    /// <summary>A literal with a datatype IRI and, for <c>rdf:langString</c>, a language tag.</summary>
    Literal,
}
