using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;

namespace Credentials.Shacl.Paths;

/// <summary>An alternative path (SHACL §2.3.1.4): the union of its members' results.</summary>
internal sealed class AlternativePath(IReadOnlyList<ShaclPath> members) : ShaclPath
{
    public override void Evaluate(RdfGraph data, RdfTerm focus, TermSet output)
    {
        foreach (var member in members)
        {
            member.Evaluate(data, focus, output);
        }
    }

    public override string ToString() => "(" + string.Join(" | ", members) + ")";
}
