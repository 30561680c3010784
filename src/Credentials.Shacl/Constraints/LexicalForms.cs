using System.Globalization;
using System.Text.RegularExpressions;
using Credentials.JsonLd.Rdf;

namespace Credentials.Shacl.Constraints;

/// <summary>
/// Lexical-space checks for the XSD datatypes the ELM shapes use (XML Schema 1.1 Part 2 §3.3); a literal with an
/// ill-formed lexical form fails sh:datatype (SHACL §4.1.2). Datatypes not listed are accepted as written.
/// </summary>
internal static partial class LexicalForms
{
    private const string Xsd = RdfVocabulary.Xsd;

    public static bool IsWellFormed(string lexical, string datatype) => datatype switch
    {
        Xsd + "integer" or Xsd + "long" or Xsd + "int" or Xsd + "short" or Xsd + "byte" => IntegerForm().IsMatch(lexical),
        Xsd + "nonNegativeInteger" => IntegerForm().IsMatch(lexical) && !IsNegative(lexical),
        Xsd + "positiveInteger" => IntegerForm().IsMatch(lexical) && !IsNegative(lexical) && lexical.Any(c => c is >= '1' and <= '9'),
        Xsd + "decimal" => DecimalForm().IsMatch(lexical),
        Xsd + "double" or Xsd + "float" => DoubleForm().IsMatch(lexical),
        Xsd + "boolean" => lexical is "true" or "false" or "1" or "0",
        Xsd + "dateTime" => DateTimeForm().IsMatch(lexical) && TryDate(lexical, out _),
        Xsd + "date" => DateForm().IsMatch(lexical) && TryDate(lexical, out _),
        Xsd + "duration" => DurationForm().IsMatch(lexical) && lexical[^1] != 'T',
        _ => true,
    };

    /// <summary>Parses an xsd:date or xsd:dateTime lexical form (a missing time zone is read as UTC).</summary>
    public static bool TryDate(string lexical, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(lexical, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    private static bool IsNegative(string lexical) => lexical.StartsWith('-') && lexical.Any(c => c is >= '1' and <= '9');

    [GeneratedRegex(@"^[+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerForm();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalForm();

    [GeneratedRegex(@"^([+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?INF|NaN)$", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleForm();

    [GeneratedRegex(@"^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeForm();

    [GeneratedRegex(@"^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateForm();

    [GeneratedRegex(@"^-?P(?=[0-9]|T[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationForm();
}
