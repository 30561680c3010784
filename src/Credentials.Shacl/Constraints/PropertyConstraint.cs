using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:property (SHACL §4.7.6): each value node is validated against the property shape, whose results are reported as they are.</summary>
internal sealed class PropertyConstraint(RdfTerm propertyShape) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        if (run.GetShape(propertyShape) is not { } target)
        {
            return;
        }

        foreach (var value in values)
        {
            run.ValidateShape(target, value, sink);
            if (sink.Full)
            {
                return;
            }
        }
    }
}
