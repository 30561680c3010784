using System.Globalization;

namespace Credentials.Issuer.Batches;

/// <summary>
/// Dates as learners files carry them: ISO 8601 <c>YYYY-MM-DD</c>, and the Finnish and Swedish <c>d.m.yyyy</c> /
/// <c>dd.mm.yyyy</c> that Excel writes when it re-saves a file.
/// </summary>
public static class LearnerDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d.M.yyyy"];

    /// <summary>Reads a date in one of the accepted forms.</summary>
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The date as <c>YYYY-MM-DD</c>, or the text unchanged when it is not a date.</summary>
    public static string ToIso(string text) =>
        TryParse(text, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : text;
}
