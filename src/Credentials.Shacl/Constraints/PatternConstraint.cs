using System.Text.RegularExpressions;
using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>
/// sh:pattern with sh:flags (SHACL §4.4.3): the string form of each value matches the regular expression; blank nodes
/// fail. A match timeout keeps a hostile pattern or value from hanging validation; a timeout is a failure.
/// </summary>
internal sealed class PatternConstraint : IConstraint
{
    private readonly Regex regex;
    private readonly string pattern;

    public PatternConstraint(string pattern, string? flags)
    {
        this.pattern = pattern;
        var options = RegexOptions.CultureInvariant;
        foreach (var flag in flags ?? string.Empty)
        {
            options |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => throw new ShaclException("unsupported sh:flags character '" + flag + "'"),
            };
        }

        try
        {
            regex = new Regex(pattern, options, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            throw new ShaclException("invalid sh:pattern " + pattern, e);
        }
    }

    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        foreach (var value in values)
        {
            if (value.IsBlankNode || !IsMatch(value.Value))
            {
                sink.Add(shape, focus, value, "PatternConstraintComponent", "Value " + value + " does not match pattern \"" + pattern + "\"");
            }
        }
    }

    private bool IsMatch(string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
