using System.Globalization;

namespace Credentials.Documents.Certificates;

/// <summary>Dates and numbers as Finnish, Swedish and English readers write them (no OS culture data needed).</summary>
internal static class DisplayFormat
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Date(DateTimeOffset value, string language)
    {
        var d = value.UtcDateTime;
        return language switch
        {
            "fi" => string.Create(CultureInfo.InvariantCulture, $"{d.Day}.{d.Month}.{d.Year}"),
            "sv" => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => string.Create(CultureInfo.InvariantCulture, $"{d.Day} {EnglishMonths[d.Month - 1]} {d.Year}"),
        };
    }

    public static string Date(DateOnly value, string language) =>
        Date(new DateTimeOffset(value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), language);

    /// <summary>A decimal with a comma in Finnish and Swedish, a point otherwise; no trailing zeros.</summary>
    public static string Number(decimal value, string language)
    {
        var text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return language is "fi" or "sv" ? text.Replace('.', ',') : text;
    }
}
