using Credentials.Model.Registry;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Credentials.Web.Page;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Sharing;

/// <summary>
/// <c>GET /s/{token}</c>: the verification page of the shared credential while the link works (each such open is
/// counted; nothing about the viewer is kept), else 404 or 410 with one plain sentence in fi, sv or en.
/// </summary>
internal static class ShareEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";
    private const string Csp = "default-src 'none'; style-src 'self'; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapSharePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/s/{token}", OpenAsync).RequireRateLimiting(ServiceSetup.VerifyRateLimit);
        return app;
    }

    private static async Task<ContentHttpResult> OpenAsync(
        string token, HttpContext context, IShareLinkStore links, ICredentialStore credentials, VerifierFactory verifiers,
        WebOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var language = PageLanguage.Choose(context.Request, null);
        var now = time.GetUtcNow();
        var link = token.Length is > 0 and <= 64 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? await links.OpenAsync(token, now, cancellationToken).ConfigureAwait(false)
            : null;
        if (link is null)
        {
            return Html(context, StatusCodes.Status404NotFound, SharePage.Message(language, ShareTexts.Unknown));
        }

        var state = link.StateAt(now);
        var record = state == ShareLinkState.Active ? await credentials.GetAsync(link.CredentialId, cancellationToken).ConfigureAwait(false) : null;
        if (record is not { Content.IsEmpty: false })
        {
            var code = state switch
            {
                ShareLinkState.Expired => ShareTexts.Expired,
                ShareLinkState.Revoked => ShareTexts.Revoked,
                _ => ShareTexts.Withdrawn,
            };
            return Html(context, StatusCodes.Status410Gone, SharePage.Message(language, code));
        }

        var report = await verifiers.For(null).VerifyAsync(record.Content, cancellationToken).ConfigureAwait(false);
        var url = context.Request.Scheme + "://" + context.Request.Host + context.Request.PathBase + context.Request.Path;
        var content = report.Content;
        var template = content?.MicroCredential?.Template;
        string[] preferred = [language, template?.PrimaryLanguage ?? "en", "en"];
        var name = template?.Title?.Best(preferred);
        var linkedIn = name is null ? null : LinkedInLink.Build(
            name,
            options.LinkedInOrganizations.FirstOrDefault(o => o.Issuer == record.Issuer)?.OrganizationId,
            template?.Issuer?.LegalName?.Best(preferred),
            content!.Issued,
            content.ValidUntil,
            (options.PublicBaseUrl is { Length: > 0 } baseUrl ? baseUrl.TrimEnd('/') + "/s/" + link.Token : url),
            record.CredentialId);
        var demo = context.RequestServices.GetRequiredService<ServiceMode>().DemoIssuer;
        return Html(context, StatusCodes.Status200OK, SharePage.Credential(language, report, link.ExpiresAt, linkedIn, demo));
    }

    private static ContentHttpResult Html(HttpContext context, int status, string html)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Csp;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";

        // The token is the secret: never send it on to LinkedIn or any other site as a Referer, never index the page.
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex";
        return TypedResults.Content(html, HtmlType, statusCode: status);
    }
}
