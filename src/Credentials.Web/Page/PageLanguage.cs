using Microsoft.Net.Http.Headers;

namespace Credentials.Web.Page;

/// <summary>Chooses fi, sv or en: an explicit <c>lang</c> (query or form) first, then Accept-Language by quality.</summary>
internal static class PageLanguage
{
    public static readonly string[] Supported = ["fi", "sv", "en"];

    public static string Choose(HttpRequest request, string? explicitChoice)
    {
        if (Normalise(explicitChoice ?? request.Query["lang"].ToString()) is { } chosen)
        {
            return chosen;
        }

        var ranked = request.GetTypedHeaders().AcceptLanguage
            .Where(l => (l.Quality ?? 1) > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var entry in ranked)
        {
            if (Normalise(entry.Value.Value) is { } fromHeader)
            {
                return fromHeader;
            }
        }

        return "en";
    }

    // BCP 47 primary subtag only (fi-FI → fi, sv-FI → sv).
    private static string? Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Split('-')[0].Trim().ToLowerInvariant();
        return Supported.Contains(primary) ? primary : null;
    }
}
