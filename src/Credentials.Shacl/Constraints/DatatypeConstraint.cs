using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:datatype (SHACL §4.1.2): each value is a literal of the datatype, with a well-formed lexical form.</summary>
internal sealed class DatatypeConstraint(RdfTerm datatype) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        foreach (var value in values)
        {
            if (!value.IsLiteral || value.Datatype != datatype.Value)
            {
                sink.Add(shape, focus, value, "DatatypeConstraintComponent", "Value " + value + " does not have datatype " + datatype);
            }
            else if (!LexicalForms.IsWellFormed(value.Value, datatype.Value))
            {
                sink.Add(shape, focus, value, "DatatypeConstraintComponent", "Value " + value + " is not a well-formed " + datatype);
            }
        }
    }
}
