using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:hasValue (SHACL §4.8.2): the value nodes include the given term.</summary>
internal sealed class HasValueConstraint(RdfTerm expected) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        if (!values.Contains(expected))
        {
            sink.Add(shape, focus, null, "HasValueConstraintComponent", "Missing expected value " + expected);
        }
    }
}
