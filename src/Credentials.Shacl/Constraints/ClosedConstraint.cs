using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>
/// sh:closed true with sh:ignoredProperties (SHACL §4.8.1): each value node has no property other than the predicate
/// paths of the shape's property shapes and the ignored ones; one result per offending triple.
/// </summary>
internal sealed class ClosedConstraint(IReadOnlySet<RdfTerm> allowed) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        foreach (var value in values)
        {
            foreach (var (predicate, o) in run.Data.Outgoing(value))
            {
                if (!allowed.Contains(predicate))
                {
                    sink.Add(shape, value, o, "ClosedConstraintComponent", "Property " + predicate + " is not allowed by the closed shape", "<" + predicate.Value + ">");
                }
            }
        }
    }
}
