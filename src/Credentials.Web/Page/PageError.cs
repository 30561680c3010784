using System.Globalization;

namespace Credentials.Web.Page;

/// <summary>An error the page answers with itself, in its language: the HTTP status and the <see cref="PageTexts"/> key.</summary>
internal sealed record PageError(int Status, string Language, string Key, string? Argument = null)
{
    public static PageError TooLarge(string language, int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, language, "tooLargeLimit", Size(maxBytes));

    // 2097152 → "2 MiB"; a limit that is not a whole number of MiB is given in KiB.
    private static string Size(int bytes) => bytes % (1024 * 1024) == 0
        ? (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MiB"
        : (bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KiB";
}
