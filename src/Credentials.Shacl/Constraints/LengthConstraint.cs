using System.Globalization;
using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:minLength and sh:maxLength (SHACL §4.4.1–2): string length of each value; blank nodes always fail.</summary>
internal sealed class LengthConstraint(int bound, bool isMinimum) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        foreach (var value in values)
        {
            // Length in Unicode code points, as XPath fn:string-length counts characters.
            var length = value.IsBlankNode ? -1 : value.Value.EnumerateRunes().Count();
            var ok = length >= 0 && (isMinimum ? length >= bound : length <= bound);
            if (!ok)
            {
                sink.Add(
                    shape,
                    focus,
                    value,
                    isMinimum ? "MinLengthConstraintComponent" : "MaxLengthConstraintComponent",
                    string.Create(CultureInfo.InvariantCulture, $"Value {value} has {(isMinimum ? "fewer" : "more")} than {bound} characters"));
            }
        }
    }
}
