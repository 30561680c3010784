using System.Globalization;
using System.Text.RegularExpressions;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>XML Schema 1.1 <c>dateTimeStamp</c> (a dateTime with a time zone), the form of <c>created</c> and
/// <c>expires</c> (VC Data Integrity 1.0 §2.1).</summary>
internal static partial class DateTimeStamp
{
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static bool IsValid(string? value) =>
        value is not null
        && value.Length <= 64
        && Shape().IsMatch(value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Shape();
}
