using System.Globalization;

namespace Credentials.Verifier.Display;

/// <summary>Dates as people write them: 15 June 2026, 15.6.2026, 15 juni 2026 (the UTC calendar day).</summary>
public static class LongDates
{
    private static readonly string[] SwedishMonths = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>The date in <paramref name="language"/> (en, fi or sv), or null.</summary>
    public static string? Format(DateTimeOffset? value, string language)
    {
        if (value is not { } v)
        {
            return null;
        }

        var d = v.UtcDateTime;
        return language switch
        {
            "fi" => d.ToString("d.M.yyyy", CultureInfo.InvariantCulture),
            "sv" => string.Create(CultureInfo.InvariantCulture, $"{d.Day} {SwedishMonths[d.Month - 1]} {d.Year}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{d.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month)} {d.Year}"),
        };
    }

    /// <summary>Date and time in UTC, e.g. <c>15 June 2026, 14:05 UTC</c>.</summary>
    public static string? FormatWithTime(DateTimeOffset? value, string language) =>
        value is { } v ? Format(v, language) + (language == "fi" ? " klo " : ", ") + v.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC" : null;
}
