using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>One parameterised constraint component of a shape (SHACL §4).</summary>
internal interface IConstraint
{
    /// <summary>Reports a result for each failure of the value nodes of <paramref name="focus"/>.</summary>
    void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink);
}
