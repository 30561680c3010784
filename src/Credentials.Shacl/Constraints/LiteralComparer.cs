using System.Globalization;
using Credentials.JsonLd.Rdf;

namespace Credentials.Shacl.Constraints;

/// <summary>
/// Orders two literals the way SPARQL's &lt; does for the types SHACL range constraints meet in practice: numbers
/// with numbers, dates and date-times with each other, strings with strings. Anything else is incomparable (null).
/// </summary>
internal static class LiteralComparer
{
    private static readonly HashSet<string> Numeric = new(StringComparer.Ordinal)
    {
        RdfVocabulary.XsdInteger, RdfVocabulary.Xsd + "decimal", RdfVocabulary.XsdDouble, RdfVocabulary.Xsd + "float",
        RdfVocabulary.Xsd + "int", RdfVocabulary.Xsd + "long", RdfVocabulary.Xsd + "short", RdfVocabulary.Xsd + "byte",
        RdfVocabulary.Xsd + "nonNegativeInteger", RdfVocabulary.Xsd + "positiveInteger",
        RdfVocabulary.Xsd + "negativeInteger", RdfVocabulary.Xsd + "nonPositiveInteger",
    };

    private static readonly HashSet<string> Temporal = new(StringComparer.Ordinal)
    {
        RdfVocabulary.Xsd + "dateTime", RdfVocabulary.Xsd + "date", RdfVocabulary.Xsd + "dateTimeStamp",
    };

    public static int? Compare(RdfTerm a, RdfTerm b)
    {
        if (!a.IsLiteral || !b.IsLiteral)
        {
            return null;
        }

        if (Numeric.Contains(a.Datatype!) && Numeric.Contains(b.Datatype!))
        {
            if (decimal.TryParse(a.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var da)
                && decimal.TryParse(b.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var db))
            {
                return da.CompareTo(db);
            }

            return double.TryParse(a.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var fa)
                && double.TryParse(b.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var fb)
                && !double.IsNaN(fa) && !double.IsNaN(fb)
                    ? fa.CompareTo(fb)
                    : null;
        }

        if (Temporal.Contains(a.Datatype!) && Temporal.Contains(b.Datatype!))
        {
            return LexicalForms.TryDate(a.Value, out var ta) && LexicalForms.TryDate(b.Value, out var tb) ? ta.CompareTo(tb) : null;
        }

        if (a.Datatype == RdfVocabulary.XsdString && b.Datatype == RdfVocabulary.XsdString)
        {
            return Math.Sign(string.CompareOrdinal(a.Value, b.Value));
        }

        return null;
    }
}
