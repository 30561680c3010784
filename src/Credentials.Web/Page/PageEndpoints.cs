using System.Text;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Page;

/// <summary>The verification page at <c>/</c>: a plain multipart form post that works without JavaScript.</summary>
internal static class PageEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    // The page loads only its own stylesheet and script (no CDN) and data: images it checked itself; nothing may frame it.
    private const string Csp = "default-src 'none'; style-src 'self'; img-src data:; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Page(context, PageLanguage.Choose(context.Request, null), null, null));
        app.MapPost("/", PostAsync).RequireRateLimiting(ServiceSetup.VerifyRateLimit).DisableAntiforgery();
        app.MapPost("/verify", PostAsync).RequireRateLimiting(ServiceSetup.VerifyRateLimit).DisableAntiforgery();
        app.MapGet("/assets/site.css", () => TypedResults.Text(PageAssets.Css + CertificateSection.Css, "text/css; charset=utf-8"));
        app.MapGet("/assets/site.js", () => TypedResults.Text(PageAssets.Js, "text/javascript; charset=utf-8"));
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PostAsync(
        HttpContext context, WebOptions options, VerifierFactory verifiers, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.ContentLength > options.MaxBodyBytes)
        {
            return Problems.TooLarge(options.MaxBodyBytes);
        }

        if (!request.HasFormContentType)
        {
            return Problems.UnsupportedMediaType("multipart/form-data or application/x-www-form-urlencoded");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxBodyBytes, ValueLengthLimit = options.MaxBodyBytes }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return Problems.TooLarge(options.MaxBodyBytes);
        }

        var language = PageLanguage.Choose(request, form["lang"].ToString());
        byte[]? input = null;
        if (form.Files.GetFile("file") is { Length: > 0 } file)
        {
            if (file.Length > options.MaxBodyBytes)
            {
                return Page(context, language, null, "tooLarge");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            input = buffer.ToArray();
        }
        else if (form["credential"].ToString() is { Length: > 0 } pasted && !string.IsNullOrWhiteSpace(pasted))
        {
            input = Encoding.UTF8.GetBytes(pasted.Trim());
        }

        if (input is null)
        {
            return Page(context, language, null, "empty");
        }

        var report = Documents.Reading.PdfVerification.IsPdf(input)
            ? await Documents.Reading.PdfVerification.VerifyAsync(verifiers.For(null), input, cancellationToken).ConfigureAwait(false)
            : await verifiers.For(null).VerifyAsync(input, cancellationToken).ConfigureAwait(false);
        return Page(context, language, report, null);
    }

    private static ContentHttpResult Page(HttpContext context, string language, Verifier.Reports.VerificationReport? report, string? errorKey) =>
        Html(context, PageRenderer.Render(language, report, errorKey, context.RequestServices.GetRequiredService<ServiceMode>().DemoIssuer));

    private static ContentHttpResult Html(HttpContext context, string html)
    {
        context.Response.Headers.ContentSecurityPolicy = Csp;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(html, HtmlType);
    }
}
