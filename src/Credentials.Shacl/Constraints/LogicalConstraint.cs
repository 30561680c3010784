using System.Globalization;
using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:and, sh:or, sh:xone (SHACL §4.7.2–4): how many of the member shapes each value node conforms to.</summary>
internal sealed class LogicalConstraint(IReadOnlyList<RdfTerm> members, string component) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        foreach (var value in values)
        {
            var ok = component switch
            {
                "AndConstraintComponent" => members.All(m => run.Conforms(m, value)),
                "OrConstraintComponent" => members.Any(m => run.Conforms(m, value)),
                _ => members.Count(m => run.Conforms(m, value)) == 1,
            };
            if (!ok)
            {
                var rule = component switch
                {
                    "AndConstraintComponent" => "all",
                    "OrConstraintComponent" => "at least one",
                    _ => "exactly one",
                };
                sink.Add(shape, focus, value, component, string.Create(CultureInfo.InvariantCulture, $"Value {value} does not conform to {rule} of {members.Count} shapes"));
            }
        }
    }
}
