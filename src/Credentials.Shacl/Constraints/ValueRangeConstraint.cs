using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>
/// sh:minExclusive, sh:minInclusive, sh:maxExclusive, sh:maxInclusive (SHACL §4.3): each value compares to the bound
/// as SPARQL would; a value that cannot be compared (another kind of literal, an IRI) fails.
/// </summary>
internal sealed class ValueRangeConstraint(RdfTerm bound, string component) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        foreach (var value in values)
        {
            var order = LiteralComparer.Compare(value, bound);
            var ok = order is { } c && component switch
            {
                "MinExclusiveConstraintComponent" => c > 0,
                "MinInclusiveConstraintComponent" => c >= 0,
                "MaxExclusiveConstraintComponent" => c < 0,
                _ => c <= 0,
            };
            if (!ok)
            {
                sink.Add(shape, focus, value, component, "Value " + value + " is outside the range allowed by " + component[..^"ConstraintComponent".Length] + " " + bound);
            }
        }
    }
}
