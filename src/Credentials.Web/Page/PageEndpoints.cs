using Credentials.Documents.Reports;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Page;

/// <summary>The verification page at <c>/</c>: a plain multipart form post that works without JavaScript.</summary>
internal static class PageEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    // The page loads only its own stylesheet and script (no CDN) and data: images it checked itself; nothing may frame it.
    private const string Csp = "default-src 'none'; style-src 'self'; img-src data:; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    // Room for the multipart boundaries and the other fields beside the base64 of the checked input.
    private const int CarryOverhead = 4096;

    public static IEndpointRouteBuilder MapPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Html(context, PageRenderer.Render(new PageState(PageLanguage.Choose(context.Request, null)) { DemoIssuer = DemoIssuer(context) })));
        app.MapPost("/", PostAsync).RequireRateLimiting(ServiceSetup.PageRateLimit).DisableAntiforgery();
        app.MapPost("/verify", PostAsync).RequireRateLimiting(ServiceSetup.PageRateLimit).DisableAntiforgery();
        app.MapPost("/report", ReportAsync).RequireRateLimiting(ServiceSetup.PageRateLimit).DisableAntiforgery();
        app.MapGet("/assets/site.css", () => TypedResults.Text(PageAssets.Css + CertificateSection.Css, "text/css; charset=utf-8"));
        app.MapGet("/assets/site.js", () => TypedResults.Text(PageAssets.Js, "text/javascript; charset=utf-8"));
        return app;
    }

    /// <summary>Writes <paramref name="html"/> with the page's headers (strict CSP, no caching) and <paramref name="status"/>.</summary>
    public static ContentHttpResult Html(HttpContext context, string html, int status = StatusCodes.Status200OK)
    {
        context.Response.Headers.ContentSecurityPolicy = Csp;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(html, HtmlType, statusCode: status);
    }

    private static async Task<ContentHttpResult> PostAsync(
        HttpContext context, WebOptions options, VerifierFactory verifiers, TimeProvider time, CancellationToken cancellationToken)
    {
        var (form, error) = await PageForm.ReadAsync(context.Request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (form is null)
        {
            return ErrorPages.Page(context, error!);
        }

        var state = new PageState(form.Language) { DemoIssuer = DemoIssuer(context), AsOf = form.AsOfText, Pasted = form.Pasted };
        if (form.Input is null)
        {
            return Html(context, PageRenderer.Render(state with { ErrorKey = "empty" }));
        }

        var report = await VerifyAsync(verifiers, form, cancellationToken).ConfigureAwait(false);
        var carried = (((long)form.Input.Length + 2) / 3 * 4) + CarryOverhead <= options.MaxBodyBytes;
        return Html(context, PageRenderer.Render(state with
        {
            Report = report,
            FileName = form.FileName,
            CheckedAt = time.GetUtcNow(),
            Checked = carried ? form.Input : null,
            IsPresentation = Verifier.Presentations.PresentationVerifier.LooksLikePresentation(form.Input),
        }));
    }

    /// <summary><c>POST /report</c>: verifies the submitted input again and answers with the PDF verification report.</summary>
    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> ReportAsync(
        HttpContext context, WebOptions options, VerifierFactory verifiers, TimeProvider time, CancellationToken cancellationToken)
    {
        var (form, error) = await PageForm.ReadAsync(context.Request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (form is null)
        {
            return ErrorPages.Page(context, error!);
        }

        if (form.Input is null)
        {
            return ErrorPages.Page(context, new PageError(StatusCodes.Status400BadRequest, form.Language, "empty"));
        }

        var report = await VerifyAsync(verifiers, form, cancellationToken).ConfigureAwait(false);
        var checkedAt = time.GetUtcNow();
        var pdf = VerificationReportPdf.Write(new VerificationReportInput(report, form.Language, checkedAt)
        {
            AsOf = form.AsOf,
            FileName = form.FileName,
        });
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(pdf, "application/pdf", "verification-report-" + checkedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + ".pdf");
    }

    private static async Task<Verifier.Reports.VerificationReport> VerifyAsync(VerifierFactory verifiers, PageForm form, CancellationToken cancellationToken)
    {
        var verifier = verifiers.For(null, form.AsOf);
        return Documents.Reading.PdfVerification.IsPdf(form.Input!)
            ? await Documents.Reading.PdfVerification.VerifyAsync(verifier, form.Input!, cancellationToken).ConfigureAwait(false)
            : await verifier.VerifyAsync(form.Input!, cancellationToken).ConfigureAwait(false);
    }

    private static bool DemoIssuer(HttpContext context) => context.RequestServices.GetRequiredService<ServiceMode>().DemoIssuer;
}
