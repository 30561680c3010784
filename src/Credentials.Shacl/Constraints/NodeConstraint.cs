using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:node (SHACL §4.7.5): each value node conforms to the node shape.</summary>
internal sealed class NodeConstraint(RdfTerm nodeShape) : IConstraint
{
    private const int MaxDetails = 20;

    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        foreach (var value in values)
        {
            if (!run.Conforms(nodeShape, value))
            {
                // The probe stopped at its first result; validate again in full only to explain the failure.
                var details = new ResultSink(MaxDetails);
                if (run.GetShape(nodeShape) is { } target)
                {
                    run.ValidateShape(target, value, details);
                }

                var reason = details.Results.Count > 0 ? ": " + string.Join("; ", details.Results.Select(d => d.Message)) : string.Empty;
                sink.Add(shape, focus, value, "NodeConstraintComponent", "Value " + value + " does not conform to shape " + nodeShape + reason, details: details.Results);
            }
        }
    }
}
