using Microsoft.Net.Http.Headers;

namespace Credentials.Web.Status;

/// <summary>
/// Which representation of a status list <c>GET /status/{id}</c> serves (RFC 9110 §12.5.1 <c>Accept</c>): the VC-JOSE
/// token (<c>application/vc+jwt</c>, the default, also for <c>*/*</c> and no <c>Accept</c>), or the JSON credential
/// with a Data Integrity proof for <c>application/vc+ld+json</c>, <c>application/vc</c>, <c>application/ld+json</c> or
/// <c>application/json</c>. The most preferred (highest <c>q</c>) type we know decides; ties keep the header's order.
/// </summary>
internal static class StatusListNegotiation
{
    private static readonly string[] JsonTypes = ["application/vc+ld+json", "application/vc", "application/ld+json", "application/json"];
    private static readonly string[] JwtTypes = ["application/vc+jwt", "application/jwt", "*/*", "application/*"];

    public static bool WantsJson(HttpRequest request) => Preferred(request) is { } type && JsonTypes.Contains(type, StringComparer.OrdinalIgnoreCase);

    /// <summary>The JSON media type to answer with: the one asked for, <c>application/vc+ld+json</c> for the others.</summary>
    public static string JsonMediaType(HttpRequest request) =>
        Preferred(request) is { } type && type.Equals("application/json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "application/vc+ld+json";

    private static string? Preferred(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return null;
        }

        return accepted
            .Select((value, index) => (Type: value.MediaType.Value, Quality: value.Quality ?? 1.0, Index: index))
            .Where(a => a.Quality > 0 && a.Type is not null && (JsonTypes.Contains(a.Type, StringComparer.OrdinalIgnoreCase) || JwtTypes.Contains(a.Type, StringComparer.OrdinalIgnoreCase)))
            .OrderByDescending(a => a.Quality)
            .ThenBy(a => a.Index)
            .Select(a => a.Type)
            .FirstOrDefault();
    }
}
