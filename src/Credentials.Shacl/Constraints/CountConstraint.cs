using System.Globalization;
using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:minCount and sh:maxCount (SHACL §4.2.1–2) on the number of value nodes of a property shape.</summary>
internal sealed class CountConstraint(int bound, bool isMinimum) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        if (isMinimum && values.Count < bound)
        {
            sink.Add(shape, focus, null, "MinCountConstraintComponent", string.Create(CultureInfo.InvariantCulture, $"Less than {bound} values on {shape.Path} (found {values.Count})"));
        }
        else if (!isMinimum && values.Count > bound)
        {
            sink.Add(shape, focus, null, "MaxCountConstraintComponent", string.Create(CultureInfo.InvariantCulture, $"More than {bound} values on {shape.Path} (found {values.Count})"));
        }
    }
}
