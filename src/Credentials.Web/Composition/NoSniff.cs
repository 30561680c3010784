namespace Credentials.Web.Composition;

/// <summary>
/// Every response carries <c>X-Content-Type-Options: nosniff</c>, so a browser never reads a JSON report (or a
/// status list) as HTML or script (Fetch standard §2.2.5). Set before anything else runs, so problem details and
/// rate-limit refusals carry it too.
/// </summary>
internal static class NoSniff
{
    public static IApplicationBuilder UseNoSniff(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
}
