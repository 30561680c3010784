using System.Globalization;
using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>
/// sh:qualifiedValueShape with sh:qualifiedMinCount / sh:qualifiedMaxCount (SHACL §4.7.7): how many value nodes
/// conform to the shape. With sh:qualifiedValueShapesDisjoint, values that conform to a sibling shape do not count.
/// </summary>
internal sealed class QualifiedValueShapeConstraint(RdfTerm qualifiedShape, int? min, int? max, IReadOnlyList<RdfTerm> siblings) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        var count = values.Count(v => run.Conforms(qualifiedShape, v) && !siblings.Any(s => run.Conforms(s, v)));
        if (min is { } lower && count < lower)
        {
            sink.Add(shape, focus, null, "QualifiedMinCountConstraintComponent", string.Create(CultureInfo.InvariantCulture, $"Fewer than {lower} values conform to {qualifiedShape} (found {count})"));
        }

        if (max is { } upper && count > upper)
        {
            sink.Add(shape, focus, null, "QualifiedMaxCountConstraintComponent", string.Create(CultureInfo.InvariantCulture, $"More than {upper} values conform to {qualifiedShape} (found {count})"));
        }
    }
}
