using System.Globalization;
using System.Text.RegularExpressions;

namespace Credentials.Proofs.Formats;

/// <summary>
/// XML Schema 1.1 <c>dateTimeStamp</c> (VC Data Model 2.0 §4.9): a date, a time and a required time zone, nothing
/// before or after. Date-only, zone-less, RFC 1123 and padded forms are refused: each would be read differently by
/// different verifiers.
/// </summary>
public static partial class DateTimeStamp
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a dateTimeStamp.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || text.Length > 40 || !Pattern().IsMatch(text))
        {
            return false;
        }

        // "24:00:00" is allowed by XML Schema but by no clock; DateTimeOffset refuses it, and so do we.
        var normalized = text.EndsWith('Z') || text.EndsWith('z') ? text[..^1] + "+00:00" : text;
        return DateTimeOffset.TryParseExact(normalized, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Pattern();
}
