using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;

namespace Credentials.Shacl.Paths;

/// <summary>
/// sh:zeroOrMorePath, sh:oneOrMorePath and sh:zeroOrOnePath (SHACL §2.3.1.5–7). The closure is breadth first over a
/// visited set, so cycles in the data end it.
/// </summary>
internal sealed class RepeatPath(ShaclPath inner, bool includeFocus, bool unbounded) : ShaclPath
{
    public override void Evaluate(RdfGraph data, RdfTerm focus, TermSet output)
    {
        if (includeFocus)
        {
            output.Add(focus);
        }

        var visited = new TermSet();
        var frontier = new List<RdfTerm> { focus };
        while (frontier.Count > 0)
        {
            var step = new TermSet();
            foreach (var node in frontier)
            {
                inner.Evaluate(data, node, step);
            }

            frontier = [];
            foreach (var reached in step.Items)
            {
                output.Add(reached);
                if (unbounded && visited.Add(reached))
                {
                    frontier.Add(reached);
                }
            }
        }
    }

    public override string ToString() => inner + (includeFocus ? (unbounded ? "*" : "?") : "+");
}
