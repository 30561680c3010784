using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:languageIn (SHACL §4.6.1): each value has a language tag matching one of the ranges (RFC 4647 basic filtering).</summary>
internal sealed class LanguageInConstraint(IReadOnlyList<string> ranges) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        foreach (var value in values)
        {
            if (value.Language is not { } tag || !ranges.Any(r => Matches(tag, r)))
            {
                sink.Add(shape, focus, value, "LanguageInConstraintComponent", "Language of " + value + " is not one of " + string.Join(", ", ranges));
            }
        }
    }

    private static bool Matches(string tag, string range) =>
        range == "*"
        || string.Equals(tag, range, StringComparison.OrdinalIgnoreCase)
        || (tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase));
}
