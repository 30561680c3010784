using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;

namespace Credentials.Shacl.Paths;

/// <summary>A SHACL property path (SHACL §2.3.1): evaluated from a focus node to its value nodes.</summary>
internal abstract class ShaclPath
{
    /// <summary>The predicate when this is a plain predicate path, else null.</summary>
    public virtual RdfTerm? Predicate => null;

    /// <summary>Adds the nodes reachable from <paramref name="focus"/> along the path to <paramref name="output"/>.</summary>
    public abstract void Evaluate(RdfGraph data, RdfTerm focus, TermSet output);

    /// <summary>The value nodes, in first-seen order without duplicates.</summary>
    public IReadOnlyList<RdfTerm> ValueNodes(RdfGraph data, RdfTerm focus)
    {
        if (Predicate is { } predicate)
        {
            var direct = data.Objects(focus, predicate);
            return direct.Count <= 1 ? direct : direct.Distinct().ToList();
        }

        var set = new TermSet();
        Evaluate(data, focus, set);
        return set.Items;
    }

    /// <summary>The path in SPARQL property-path syntax, for reports.</summary>
    public abstract override string ToString();
}
