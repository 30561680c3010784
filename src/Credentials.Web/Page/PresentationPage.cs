using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Credentials.Proofs.Findings;
using Credentials.Verifier.Presentations;
using Credentials.Verifier.Reports;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Page;

/// <summary>
/// <c>/presentation</c>: the page gives a fresh challenge and the domain for the learner's wallet, then verifies the
/// presentation the learner sends back against exactly those (the same verifier as <c>POST /presentations/verify</c>).
/// </summary>
internal static class PresentationPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IEndpointRouteBuilder MapPresentationPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/presentation", Get).RequireRateLimiting(ServiceSetup.PageRateLimit);
        app.MapPost("/presentation", PostAsync).RequireRateLimiting(ServiceSetup.PageRateLimit).DisableAntiforgery();
        return app;
    }

    private static ContentHttpResult Get(HttpContext context, PresentationChallenges challenges, WebOptions options)
    {
        // A language switch keeps the challenge already given to the learner while it is still good.
        var given = context.Request.Query["challenge"].ToString();
        var challenge = challenges.Check(given) == ChallengeState.Valid ? given : challenges.Issue();
        return PageEndpoints.Html(context, Render(PageLanguage.Choose(context.Request, null), challenge, Domain(context, options), null, null));
    }

    private static async Task<ContentHttpResult> PostAsync(
        HttpContext context, PresentationChallenges challenges, WebOptions options, VerifierFactory verifiers, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var language = PageLanguage.Choose(request, null);
        if (request.ContentLength > options.MaxBodyBytes)
        {
            return ErrorPages.Page(context, PageError.TooLarge(language, options.MaxBodyBytes));
        }

        if (!request.HasFormContentType)
        {
            return ErrorPages.Page(context, new PageError(StatusCodes.Status415UnsupportedMediaType, language, "unsupported"));
        }

        var (form, error) = await PageForm.ReadFormAsync(request, language, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (form is null)
        {
            return ErrorPages.Page(context, error!);
        }

        language = PageLanguage.Choose(request, form["lang"].ToString());
        var domain = Domain(context, options);
        var challenge = form["challenge"].ToString();
        var presentation = form["presentation"].ToString().Trim();
        var state = challenges.Check(challenge);
        if (state != ChallengeState.Valid)
        {
            var key = state switch
            {
                ChallengeState.Expired => "challengeExpired",
                ChallengeState.Used => "challengeUsed",
                _ => "challengeUnknown",
            };
            return PageEndpoints.Html(context, Render(language, challenges.Issue(), domain, null, key, presentation), StatusCodes.Status400BadRequest);
        }

        if (presentation.Length == 0)
        {
            return PageEndpoints.Html(context, Render(language, challenge, domain, null, "empty"));
        }

        // An SD-JWT VC is presented with its Key Binding JWT, which must answer this challenge (nonce) for this domain (aud).
        if (IsSdJwt(presentation))
        {
            var expectation = new Proofs.SdJwt.KeyBindingExpectation(challenge, domain, PresentationChallenges.Lifetime);
            var sdJwt = await verifiers.For(null, null, expectation).VerifyAsync(presentation, cancellationToken).ConfigureAwait(false);
            var bound = sdJwt.Checks.Any(c => c.Code == CheckCodes.ProofValid) && sdJwt.Checks.Any(c => c.Code == CheckCodes.ProofKeyBindingValid);
            if (bound && !challenges.TryUse(challenge))
            {
                return PageEndpoints.Html(context, Render(language, challenges.Issue(), domain, null, "challengeUsed", presentation), StatusCodes.Status400BadRequest);
            }

            return PageEndpoints.Html(context, Render(language, bound ? challenges.Issue() : challenge, domain, null, null, presentation, sdJwt));
        }

        var report = await verifiers.Presentations.VerifyAsync(Encoding.UTF8.GetBytes(presentation), new PresentationExpectations(challenge, domain), cancellationToken)
            .ConfigureAwait(false);

        // Used up once the holder's signature over it verified: a copy of that presentation cannot be shown again.
        var signed = report.Checks.Any(c => c.Check == PresentationCheckNames.Proof && c.Outcome == CheckOutcome.Passed)
            && report.Checks.Any(c => c.Check == PresentationCheckNames.Challenge && c.Outcome == CheckOutcome.Passed);
        if (signed && !challenges.TryUse(challenge))
        {
            return PageEndpoints.Html(context, Render(language, challenges.Issue(), domain, null, "challengeUsed", presentation), StatusCodes.Status400BadRequest);
        }

        return PageEndpoints.Html(context, Render(language, signed ? challenges.Issue() : challenge, domain, report, null, presentation));
    }

    // The domain the wallet must name: the service's public address when configured, else the host the employer uses.
    private static string Domain(HttpContext context, WebOptions options) =>
        Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url) ? url.Host : context.Request.Host.Host;

    private static bool IsSdJwt(string text) => text.StartsWith("eyJ", StringComparison.Ordinal) && text.Contains(Proofs.SdJwt.SdJwtNames.Separator, StringComparison.Ordinal);

    private static string Render(string language, string challenge, string domain, PresentationReport? report, string? errorKey, string? pasted = null, VerificationReport? sdJwt = null)
    {
        string T(string key) => E(PageTexts.Get(key, language));
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(T("presentationTitle")).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n");
        CheckedInputSection.AppendSkipLink(html, language);
        html.Append("<header>\n<h1>").Append(T("presentationTitle")).Append("</h1>\n<nav aria-label=\"").Append(T("language")).Append("\">");
        foreach (var (code, name) in new[] { ("fi", "Suomi"), ("sv", "Svenska"), ("en", "English") })
        {
            html.Append("<a href=\"/presentation?lang=").Append(code).Append("&amp;challenge=").Append(Uri.EscapeDataString(challenge)).Append("\" lang=\"").Append(code).Append('"')
                .Append(code == language ? " aria-current=\"true\"" : string.Empty).Append('>').Append(name).Append("</a>");
        }

        html.Append("</nav>\n</header>\n<main id=\"main\">\n<p class=\"intro\">").Append(T("presentationIntro")).Append("</p>\n<dl>\n")
            .Append("<dt>").Append(T("challenge")).Append("</dt><dd><code class=\"challenge\" id=\"challenge\">").Append(E(challenge)).Append("</code></dd>\n")
            .Append("<dt>").Append(T("domain")).Append("</dt><dd><code class=\"challenge\" id=\"domain\">").Append(E(domain)).Append("</code></dd>\n</dl>\n")
            .Append("<form method=\"post\" action=\"/presentation?lang=").Append(language).Append("\" enctype=\"multipart/form-data\">\n")
            .Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(language).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"challenge\" value=\"").Append(E(challenge)).Append("\">\n")
            .Append("<label for=\"presentation\">").Append(T("presentationPaste")).Append("</label>\n")
            .Append("<textarea id=\"presentation\" name=\"presentation\" spellcheck=\"false\">").Append(E(pasted ?? string.Empty)).Append("</textarea>\n")
            .Append("<div><button type=\"submit\">").Append(T("submit")).Append("</button></div>\n</form>\n")
            .Append("<p class=\"presentation-link\"><a href=\"/presentation?lang=").Append(language).Append("\">").Append(T("newChallenge")).Append("</a> · ")
            .Append("<a href=\"/?lang=").Append(language).Append("\">").Append(T("back")).Append("</a></p>\n");
        if (errorKey is not null)
        {
            html.Append("<p id=\"error\" class=\"error\" role=\"alert\" tabindex=\"-1\">").Append(T(errorKey)).Append("</p>\n");
        }

        if (report is not null)
        {
            AppendReport(html, report, language);
        }

        if (sdJwt is not null)
        {
            PageRenderer.AppendReport(html, new PageState(language), sdJwt, language);
        }

        html.Append("</main>\n<script src=\"/assets/site.js\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendReport(StringBuilder html, PresentationReport report, string language)
    {
        string T(string key) => E(PageTexts.Get(key, language));
        var (css, key, name) = report.Verdict switch
        {
            Verdict.Verified => ("verified", "presVerified", "verified"),
            Verdict.NotVerified => ("not-verified", "presNotVerified", "not-verified"),
            _ => ("indeterminate", "presIndeterminate", "indeterminate"),
        };
        html.Append("<section aria-labelledby=\"verdict\">\n<p id=\"verdict\" class=\"ribbon ").Append(css).Append("\" role=\"status\" data-verdict=\"").Append(name).Append("\">")
            .Append(T(key)).Append("</p>\n");
        if (report.HolderId is { } holder)
        {
            html.Append("<p>").Append(T("holder")).Append(": <code>").Append(E(holder)).Append("</code></p>\n");
        }

        html.Append("<h2>").Append(T("presentationChecks")).Append("</h2>\n");
        AppendChecks(html, report.Checks, language);
        var n = 0;
        foreach (var credential in report.Credentials)
        {
            n++;
            html.Append("<h2>").Append(E(PageTexts.Format("credentialN", language, n))).Append("</h2>\n<p class=\"credential-verdict\" data-verdict=\"")
                .Append(Conclusions.Name(credential.Report.Conclusion)).Append("\">").Append(E(Conclusions.Sentence(credential.Report, language))).Append("</p>\n");
            AppendChecks(html, credential.Report.Checks, language);
        }

        html.Append("</section>\n");
    }

    private static void AppendChecks(StringBuilder html, IEnumerable<CheckResult> checks, string language)
    {
        html.Append("<ul class=\"checks\">\n");
        foreach (var c in checks)
        {
            var (outcomeCss, outcomeKey) = c.Outcome switch
            {
                CheckOutcome.Passed => ("passed", "passed"),
                CheckOutcome.Failed => ("failed", "failed"),
                CheckOutcome.Indeterminate => ("indeterminate", "unsure"),
                _ => ("skipped", "skipped"),
            };
            html.Append("<li><span class=\"outcome outcome-").Append(outcomeCss).Append("\">").Append(E(PageTexts.Get(outcomeKey, language))).Append("</span> ")
                .Append(E(CheckTexts.For(c.Code, language))).Append(" <code>").Append(E(c.Code)).Append("</code></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string E(string text) => Encoder.Encode(text);
}
