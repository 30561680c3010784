using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;

namespace Credentials.Shacl.Paths;

/// <summary>An inverse path (SHACL §2.3.1.3) of any path: the nodes from which the inner path reaches the focus.</summary>
internal sealed class InversePath(ShaclPath inner) : ShaclPath
{
    public override void Evaluate(RdfGraph data, RdfTerm focus, TermSet output)
    {
        if (inner.Predicate is { } predicate)
        {
            foreach (var s in data.Subjects(predicate, focus))
            {
                output.Add(s);
            }

            return;
        }

        // The inverse of a complex path: every node whose forward evaluation reaches the focus.
        foreach (var candidate in data.AllSubjects().Append(focus))
        {
            var reached = new TermSet();
            inner.Evaluate(data, candidate, reached);
            if (reached.Contains(focus))
            {
                output.Add(candidate);
            }
        }
    }

    public override string ToString() => "^" + inner;
}
