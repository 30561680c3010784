using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:not (SHACL §4.7.1): each value node does not conform to the shape.</summary>
internal sealed class NotConstraint(RdfTerm negated) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        foreach (var value in values)
        {
            if (run.Conforms(negated, value))
            {
                sink.Add(shape, focus, value, "NotConstraintComponent", "Value " + value + " conforms to shape " + negated + ", which it must not");
            }
        }
    }
}
