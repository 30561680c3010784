using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Credentials.Verifier.Reports;
using Credentials.Web.Page;

namespace Credentials.Web.Sharing;

/// <summary>
/// The page behind a share link: the verification page of its credential with who shared it until when and LinkedIn's
/// "Add to profile"; or, for a link that does not work, one plain sentence and nothing of the credential.
/// </summary>
internal static class SharePage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Message(string language, string code) =>
        "<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n"
        + "<title>" + E(PageTexts.Get("title", language)) + "</title>\n<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n"
        + "<header>\n<h1>" + E(PageTexts.Get("title", language)) + "</h1>\n</header>\n<main>\n"
        + "<p class=\"error\" role=\"status\" data-code=\"" + code + "\">" + E(ShareTexts.Get(code, language)) + "</p>\n"
        + "</main>\n</body>\n</html>\n";

    public static string Credential(string language, VerificationReport report, DateTimeOffset linkExpires, string? linkedIn, bool demoIssuer)
    {
        var page = PageRenderer.Render(language, report, null, demoIssuer);
        var share = "<section class=\"share\">\n<p>"
            + E(string.Format(CultureInfo.InvariantCulture, ShareTexts.Get(ShareTexts.Notice, language), linkExpires.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            + "</p>\n"
            + (linkedIn is null ? "" : "<p><a class=\"linkedin\" rel=\"noopener noreferrer\" href=\"" + E(linkedIn) + "\">" + E(ShareTexts.Get(ShareTexts.LinkedIn, language)) + "</a></p>\n")
            + "</section>\n";

        // After the verdict and content, before the page's own end of <main>.
        var end = page.LastIndexOf("</main>", StringComparison.Ordinal);
        return page.Insert(end, share).Replace("<head>\n", "<head>\n<meta name=\"robots\" content=\"noindex\">\n", StringComparison.Ordinal);
    }

    private static string E(string text) => Encoder.Encode(text);
}
