using System.Collections;

namespace Credentials.JsonLd.Rdf;

/// <summary>An RDF dataset: a set of quads, kept in insertion order, without duplicates.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "The RDF 1.1 Concepts term is 'dataset'.")]
public sealed class RdfDataset : IReadOnlyCollection<Quad>
{
    private readonly List<Quad> quads = [];
    private readonly HashSet<Quad> seen = [];

    /// <summary>Creates an empty dataset.</summary>
    public RdfDataset()
    {
    }

    /// <summary>Creates a dataset holding the given quads (duplicates removed).</summary>
    /// <param name="quads">The quads.</param>
    public RdfDataset(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        foreach (var quad in quads)
        {
            Add(quad);
        }
    }

    /// <summary>The number of distinct quads.</summary>
    public int Count => quads.Count;

    /// <summary>Adds a quad unless an equal quad is already present.</summary>
    /// <param name="quad">The quad.</param>
    /// <returns>True when the quad was added.</returns>
    public bool Add(Quad quad)
    {
        ArgumentNullException.ThrowIfNull(quad);
        if (!seen.Add(quad))
        {
            return false;
        }

        quads.Add(quad);
        return true;
    }

    /// <inheritdoc />
    public IEnumerator<Quad> GetEnumerator() => quads.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
