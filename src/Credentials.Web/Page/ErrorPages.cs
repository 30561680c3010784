using System.Globalization;
using System.Threading.RateLimiting;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace Credentials.Web.Page;

/// <summary>
/// Errors of requests that came from the page (its paths, or a browser asking for <c>text/html</c>) are the page
/// itself with one sentence in the page's language and the right status; the API keeps problem+json.
/// </summary>
internal static class ErrorPages
{
    private static readonly string[] PagePaths = ["/", "/verify", "/report", "/presentation"];

    public static bool FromPage(HttpRequest request) =>
        PagePaths.Contains(request.Path.Value ?? string.Empty, StringComparer.OrdinalIgnoreCase)
        || request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    public static ContentHttpResult Page(HttpContext context, PageError error) =>
        PageEndpoints.Html(
            context,
            PageRenderer.Render(new PageState(error.Language) { ErrorKey = error.Key, ErrorArgument = error.Argument, DemoIssuer = DemoIssuer(context) }),
            error.Status);

    /// <summary>
    /// The rate limiter's answer: 429 with <c>Retry-After</c> (seconds) always, as the page in its language for the
    /// page and as problem+json for the API.
    /// </summary>
    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var options = context.RequestServices.GetRequiredService<WebOptions>();
        var window = ErrorPages.FromPage(context.Request) ? options.PageRateLimit.WindowSeconds : options.RateLimit.WindowSeconds;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : window;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        IResult result = FromPage(context.Request)
            ? Page(context, new PageError(StatusCodes.Status429TooManyRequests, PageLanguage.Choose(context.Request, null), "tooMany", seconds.ToString(CultureInfo.InvariantCulture)))
            : TypedResults.Problem(
                $"Too many requests from this address: try again in {seconds} seconds.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests");
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static bool DemoIssuer(HttpContext context) => context.RequestServices.GetRequiredService<ServiceMode>().DemoIssuer;
}
