using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;

namespace Credentials.Shacl.Paths;

/// <summary>A sequence path (SHACL §2.3.1.2): each step applied to the results of the one before.</summary>
internal sealed class SequencePath(IReadOnlyList<ShaclPath> steps) : ShaclPath
{
    public override void Evaluate(RdfGraph data, RdfTerm focus, TermSet output)
    {
        IReadOnlyList<RdfTerm> current = [focus];
        for (var i = 0; i < steps.Count; i++)
        {
            var next = i == steps.Count - 1 ? output : new TermSet();
            foreach (var node in current)
            {
                steps[i].Evaluate(data, node, next);
            }

            current = next.Items;
        }
    }

    public override string ToString() => "(" + string.Join(" / ", steps) + ")";
}
