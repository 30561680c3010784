using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:equals, sh:disjoint, sh:lessThan, sh:lessThanOrEquals (SHACL §4.5): value nodes against the focus node's values of another property.</summary>
internal sealed class PropertyPairConstraint(RdfTerm property, string component) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        var others = run.Data.Objects(focus, property);
        switch (component)
        {
            case "EqualsConstraintComponent":
                foreach (var v in values.Where(v => !others.Contains(v)).Concat(others.Where(o => !values.Contains(o))))
                {
                    sink.Add(shape, focus, v, component, "Value " + v + " is not among the values of both the path and " + property);
                }

                break;
            case "DisjointConstraintComponent":
                foreach (var v in values.Where(others.Contains))
                {
                    sink.Add(shape, focus, v, component, "Value " + v + " is also a value of " + property);
                }

                break;
            default:
                var orEqual = component == "LessThanOrEqualsConstraintComponent";
                foreach (var v in values)
                {
                    foreach (var o in others)
                    {
                        var order = LiteralComparer.Compare(v, o);
                        if (order is not { } c || c > 0 || (c == 0 && !orEqual))
                        {
                            sink.Add(shape, focus, v, component, "Value " + v + " is not less than " + (orEqual ? "or equal to " : string.Empty) + o + " of " + property);
                        }
                    }
                }

                break;
        }
    }
}
