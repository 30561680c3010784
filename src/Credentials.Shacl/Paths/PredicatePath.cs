using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;

namespace Credentials.Shacl.Paths;

/// <summary>A predicate path (SHACL §2.3.1.1): the objects of (focus, predicate).</summary>
internal sealed class PredicatePath(RdfTerm predicate) : ShaclPath
{
    public override RdfTerm? Predicate => predicate;

    public override void Evaluate(RdfGraph data, RdfTerm focus, TermSet output)
    {
        foreach (var o in data.Objects(focus, predicate))
        {
            output.Add(o);
        }
    }

    public override string ToString() => "<" + predicate.Value + ">";
}
