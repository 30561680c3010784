using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Credentials.Web.Page;

/// <summary>
/// The parts of the page that remember what was checked: the skip link, the language buttons that re-submit the
/// checked input (so a language switch keeps the result), the as-of date, the file name and time of the check, and
/// the button for the PDF report. The checked bytes travel in one hidden form that those buttons name.
/// </summary>
internal static class CheckedInputSection
{
    public const string CarryFormId = "checked-input";
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly (string Code, string Name)[] Languages = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")];

    public static void AppendSkipLink(StringBuilder html, string language) =>
        html.Append("<a class=\"skip\" href=\"#main\">").Append(T("skip", language)).Append("</a>\n");

    /// <summary>Links when nothing was checked; buttons that post the checked input in the chosen language otherwise.</summary>
    public static void AppendLanguages(StringBuilder html, PageState state)
    {
        html.Append("<nav aria-label=\"").Append(T("language", state.Language)).Append("\">");
        foreach (var (code, name) in Languages)
        {
            var current = code == state.Language ? " aria-current=\"true\"" : string.Empty;
            if (state.Checked is null)
            {
                html.Append("<a href=\"/?lang=").Append(code).Append("\" lang=\"").Append(code).Append('"').Append(current).Append('>').Append(name).Append("</a>");
            }
            else
            {
                html.Append("<button type=\"submit\" class=\"link\" form=\"").Append(CarryFormId).Append("\" name=\"lang\" value=\"").Append(code)
                    .Append("\" lang=\"").Append(code).Append('"').Append(current).Append('>').Append(name).Append("</button>");
            }
        }

        html.Append("</nav>\n");
    }

    public static void AppendAsOfInput(StringBuilder html, PageState state) =>
        html.Append("<label for=\"asOf\">").Append(T("asOf", state.Language)).Append("</label>\n")
            .Append("<input type=\"date\" id=\"asOf\" name=\"asOf\" aria-describedby=\"asOf-hint\" value=\"").Append(E(state.AsOf ?? string.Empty)).Append("\">\n")
            .Append("<p id=\"asOf-hint\" class=\"hint\">").Append(T("asOfHint", state.Language)).Append("</p>\n");

    public static void AppendPresentationLink(StringBuilder html, string language) =>
        html.Append("<p class=\"presentation-link\"><a href=\"/presentation?lang=").Append(language).Append("\">")
            .Append(T("presentationLink", language)).Append("</a></p>\n");

    /// <summary>The file name, the time of the check (and the as-of date), and the report button.</summary>
    public static void AppendCheckedFacts(StringBuilder html, PageState state)
    {
        var language = state.Language;
        if (state.IsPresentation)
        {
            html.Append("<p class=\"note\">").Append(T("isPresentation", language)).Append(" <a href=\"/presentation?lang=").Append(language).Append("\">")
                .Append(T("presentationLink", language)).Append("</a></p>\n");
        }

        if (state.FileName is { Length: > 0 } name)
        {
            html.Append("<p class=\"checked-file\">").Append(E(PageTexts.Format("checkedFile", language, name))).Append("</p>\n");
        }

        if (state.CheckedAt is { } at)
        {
            var when = Credentials.Verifier.Display.LongDates.FormatWithTime(at, language)!;
            var sentence = state.AsOf is { Length: > 0 } asOf
                ? PageTexts.Format("checkedAsOf", language, when, asOf)
                : PageTexts.Format("checkedAt", language, when);
            html.Append("<p class=\"checked-at\"><time datetime=\"").Append(at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append("\">")
                .Append(E(sentence)).Append("</time></p>\n");
        }

        if (state.Checked is not null)
        {
            html.Append("<p class=\"actions\"><button type=\"submit\" form=\"").Append(CarryFormId).Append("\" formaction=\"/report\" name=\"lang\" value=\"")
                .Append(language).Append("\">").Append(T("report", language)).Append("</button></p>\n");
        }
    }

    /// <summary>The hidden form behind the language and report buttons: the checked bytes (base64), file name and as-of date.</summary>
    public static void AppendCarryForm(StringBuilder html, PageState state)
    {
        if (state.Checked is not { } bytes)
        {
            return;
        }

        html.Append("<form id=\"").Append(CarryFormId).Append("\" method=\"post\" action=\"/?lang=").Append(state.Language).Append("\" enctype=\"multipart/form-data\" hidden>\n")
            .Append("<input type=\"hidden\" name=\"checked\" value=\"").Append(Convert.ToBase64String(bytes)).Append("\">\n");
        if (state.FileName is { Length: > 0 } name)
        {
            html.Append("<input type=\"hidden\" name=\"checkedName\" value=\"").Append(E(name)).Append("\">\n");
        }

        if (state.AsOf is { Length: > 0 } asOf)
        {
            html.Append("<input type=\"hidden\" name=\"asOf\" value=\"").Append(E(asOf)).Append("\">\n");
        }

        html.Append("</form>\n");
    }

    /// <summary>The time of a check as the page and the PDF report print it: UTC, to the second, the same in every language.</summary>

    private static string T(string key, string language) => E(PageTexts.Get(key, language));

    private static string E(string text) => Encoder.Encode(text);
}
