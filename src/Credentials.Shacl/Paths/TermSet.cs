using Credentials.JsonLd.Rdf;

namespace Credentials.Shacl.Paths;

/// <summary>A set of terms that keeps insertion order, so results follow the data's order.</summary>
internal sealed class TermSet
{
    private readonly HashSet<RdfTerm> members = [];
    private readonly List<RdfTerm> items = [];

    public IReadOnlyList<RdfTerm> Items => items;

    public int Count => items.Count;

    public bool Add(RdfTerm term)
    {
        if (!members.Add(term))
        {
            return false;
        }

        items.Add(term);
        return true;
    }

    public bool Contains(RdfTerm term) => members.Contains(term);
}
