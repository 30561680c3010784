using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:class (SHACL §4.1.1): each value node is a SHACL instance of the class.</summary>
internal sealed class ClassConstraint(RdfTerm @class) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        foreach (var value in values)
        {
            if (value.IsLiteral || !run.IsInstanceOf(value, @class))
            {
                sink.Add(shape, focus, value, "ClassConstraintComponent", "Value " + value + " is not an instance of " + @class);
            }
        }
    }
}
