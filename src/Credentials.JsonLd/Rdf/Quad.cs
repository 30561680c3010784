namespace Credentials.JsonLd.Rdf;

/// <summary>An RDF quad: a triple and the graph it belongs to (<see langword="null"/> for the default graph).</summary>
/// <param name="Subject">An IRI or blank node.</param>
/// <param name="Predicate">An IRI (a blank node only in generalized RDF).</param>
/// <param name="Object">Any term.</param>
/// <param name="Graph">The graph name (IRI or blank node), or <see langword="null"/> for the default graph.</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "RDF 1.1 Concepts names the third term 'object'.")]
public sealed record Quad(RdfTerm Subject, RdfTerm Predicate, RdfTerm Object, RdfTerm? Graph = null)
{
    /// <summary>The quad as one N-Quads line, including the terminating <c>" .\n"</c>.</summary>
    /// <returns>The N-Quads line.</returns>
    public override string ToString() => NQuads.Serialize([this]);
}
