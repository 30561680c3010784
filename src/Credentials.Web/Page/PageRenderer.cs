using Credentials.Proofs.Findings;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Credentials.Verifier.Display;
using Credentials.Verifier.Reports;

namespace Credentials.Web.Page;

/// <summary>
/// Renders the verification page. Everything that comes from a credential or a request is HTML-encoded; the
/// encoder keeps letters of every script literal (Finnish and Swedish names read as written).
/// </summary>
internal static class PageRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string language, VerificationReport? report, string? errorKey, bool demoIssuer = false) =>
        Render(new PageState(language) { Report = report, ErrorKey = errorKey, DemoIssuer = demoIssuer });

    public static string Render(PageState state)
    {
        var language = state.Language;
        var report = state.Report;
        string T(string key) => E(PageTexts.Get(key, language));
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(T("title")).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n");
        CheckedInputSection.AppendSkipLink(html, language);
        html.Append("<header>\n<h1>").Append(T("title")).Append("</h1>\n");
        CheckedInputSection.AppendLanguages(html, state);
        html.Append("</header>\n<main id=\"main\">\n");
        if (state.DemoIssuer)
        {
            html.Append("<p class=\"demo\" role=\"note\">").Append(T("demo")).Append("</p>\n");
        }

        html.Append("<p class=\"intro\">").Append(T("intro")).Append("</p>\n")
            .Append("<form method=\"post\" action=\"/?lang=").Append(language).Append("\" enctype=\"multipart/form-data\">\n")
            .Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(language).Append("\">\n")
            .Append("<label for=\"credential\">").Append(T("paste")).Append("</label>\n")
            .Append("<textarea id=\"credential\" name=\"credential\" spellcheck=\"false\" aria-describedby=\"drop-hint\">")
            .Append(E(state.Pasted ?? string.Empty)).Append("</textarea>\n")
            .Append("<p id=\"drop-hint\">").Append(T("drop")).Append("</p>\n")
            .Append("<label for=\"file\">").Append(T("file")).Append("</label>\n")
            .Append("<input type=\"file\" id=\"file\" name=\"file\" accept=\".jwt,.json,.jsonld,.txt,.pdf\">\n");
        CheckedInputSection.AppendAsOfInput(html, state);
        html.Append("<div><button type=\"submit\">").Append(T("submit")).Append("</button></div>\n</form>\n");
        CheckedInputSection.AppendPresentationLink(html, language);

        if (state.ErrorKey is not null)
        {
            html.Append("<p id=\"error\" class=\"error\" role=\"alert\" tabindex=\"-1\">")
                .Append(E(PageTexts.Format(state.ErrorKey, language, state.ErrorArgument))).Append("</p>\n");
        }

        if (report is not null)
        {
            AppendReport(html, state, report, language);
        }

        CheckedInputSection.AppendCarryForm(html, state);
        html.Append("</main>\n<script src=\"/assets/site.js\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    internal static void AppendReport(StringBuilder html, PageState state, VerificationReport report, string language)
    {
        var css = report.Conclusion switch
        {
            Conclusion.Verified => "verified",
            Conclusion.Expired or Conclusion.NotYetValid => "expired",
            Conclusion.Forged or Conclusion.Unreadable or Conclusion.Invalid or Conclusion.Revoked or Conclusion.Suspended => "not-verified",
            _ => "indeterminate",
        };
        html.Append("<section aria-labelledby=\"verdict\">\n<p id=\"verdict\" class=\"ribbon ").Append(css).Append("\" role=\"status\" data-verdict=\"").Append(Conclusions.Name(report.Conclusion)).Append("\">")
            .Append(E(Conclusions.Sentence(report, language))).Append("</p>\n");
        foreach (var note in report.InputNotes)
        {
            html.Append("<p class=\"note\">").Append(E(char.ToUpperInvariant(note[0]) + note[1..] + ".")).Append("</p>\n");
        }

        CheckedInputSection.AppendCheckedFacts(html, state);
        CheckList.Append(html, report, language);
        DisclosureSection.Append(html, report, language);
        CertificateSection.Append(html, report, language);
        html.Append("</section>\n");
    }

    internal static string E(string text) => Encoder.Encode(text);
}
