using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:uniqueLang true (SHACL §4.6.2): no two values share a language tag; one result per repeated tag.</summary>
internal sealed class UniqueLangConstraint : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        var repeated = values
            .Where(v => v.Language is not null)
            .GroupBy(v => v.Language!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1);
        foreach (var group in repeated)
        {
            sink.Add(shape, focus, null, "UniqueLangConstraintComponent", "Language \"" + group.Key + "\" is used by more than one value of " + shape.Path);
        }
    }
}
