using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:in (SHACL §4.8.3): each value node is a member of the list.</summary>
internal sealed class InConstraint(IReadOnlyList<RdfTerm> allowed) : IConstraint
{
    private readonly HashSet<RdfTerm> members = [.. allowed];

    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        foreach (var value in values)
        {
            if (!members.Contains(value))
            {
                sink.Add(shape, focus, value, "InConstraintComponent", "Value " + value + " is not one of the allowed values");
            }
        }
    }
}
