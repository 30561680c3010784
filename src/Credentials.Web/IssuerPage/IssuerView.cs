using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Credentials.Web.Composition;
using Microsoft.AspNetCore.Antiforgery;

namespace Credentials.Web.IssuerPage;

/// <summary>
/// One issuer page being written: the layout (language links, navigation, sign-out), forms that carry the antiforgery
/// token and the language, and the response headers. Every value is HTML-encoded; letters of every script stay literal.
/// </summary>
internal sealed class IssuerView(HttpContext context, string language, IssuerSession? session)
{
    // The public page's policy, plus connect-src for the batch page's progress poll.
    public const string Csp = "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly (string Code, string Name)[] Languages = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")];

    private string? _token;

    public string Language => language;

    public StringBuilder Body { get; } = new(4096);

    /// <summary>Where the language links lead (a GET address; the page itself unless it answered a form).</summary>
    public string LanguageHref { get; set; } = HttpMethods.IsGet(context.Request.Method) ? context.Request.Path.ToString() : "/issuer";

    public static string E(string value) => Encoder.Encode(value);

    /// <summary>A text of the table, encoded.</summary>
    public string T(string key) => E(IssuerPageTexts.Get(key, language));

    /// <summary>A text of the table with its values filled in, encoded as a whole.</summary>
    public string F(string key, params object[] values) => E(IssuerPageTexts.Format(key, language, values));

    /// <summary>A link within the issuer page that keeps the language.</summary>
    public string Href(string path) => E(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + language);

    /// <summary>Opens a table cell labelled with its column's text (shown beside the value on a narrow screen).</summary>
    public string Cell(string labelKey, string? cssClass = null) =>
        "<td data-label=\"" + T(labelKey) + "\"" + (cssClass is null ? string.Empty : " class=\"" + E(cssClass) + "\"") + ">";

    /// <summary>Opens a POST form with the antiforgery token and the language.</summary>
    public IssuerView FormStart(string action, bool multipart = false, string? id = null)
    {
        _token ??= context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken;
        Body.Append("<form method=\"post\" action=\"").Append(E(action)).Append('"')
            .Append(multipart ? " enctype=\"multipart/form-data\"" : string.Empty)
            .Append(id is null ? string.Empty : " id=\"" + E(id) + "\"").Append(">\n")
            .Append("<input type=\"hidden\" name=\"").Append(IssuerPageSetup.AntiforgeryField).Append("\" value=\"").Append(E(_token ?? string.Empty)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(language).Append("\">\n");
        return this;
    }

    public IssuerView Alert(string text, bool error)
    {
        Body.Append("<p class=\"").Append(error ? "error" : "notice").Append("\" role=\"").Append(error ? "alert" : "status").Append("\">").Append(text).Append("</p>\n");
        return this;
    }

    /// <summary>The whole page with its headers: no caching, no framing, only the service's own assets.</summary>
    public IResult Result(string heading, int statusCode = StatusCodes.Status200OK, string? script = null)
    {
        var html = new StringBuilder(Body.Length + 2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(heading).Append(" – ").Append(T("title")).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/issuer/assets/issuer.css\">\n</head>\n<body>\n<header>\n<p class=\"site\">").Append(T("title")).Append("</p>\n")
            .Append("<nav aria-label=\"").Append(T("language")).Append("\">");
        foreach (var (code, name) in Languages)
        {
            html.Append("<a href=\"").Append(E(LanguageHref + "?lang=" + code)).Append("\" lang=\"").Append(code).Append('"')
                .Append(code == language ? " aria-current=\"true\"" : string.Empty).Append('>').Append(name).Append("</a>");
        }

        html.Append("</nav>\n</header>\n");
        if (session is not null)
        {
            html.Append("<nav class=\"main\"><a href=\"").Append(Href("/issuer")).Append("\">").Append(T("navUpload")).Append("</a> <a href=\"")
                .Append(Href("/issuer/find")).Append("\">").Append(T("navFind")).Append("</a> <a href=\"").Append(Href("/issuer/audit")).Append("\">")
                .Append(T("navAudit")).Append("</a></nav>\n");
        }

        html.Append("<main>\n");
        if (context.RequestServices.GetRequiredService<ServiceMode>().DemoIssuer)
        {
            html.Append("<p class=\"demo\" role=\"note\">").Append(T("demo")).Append("</p>\n");
        }

        html.Append("<h1>").Append(heading).Append("</h1>\n").Append(Body);
        if (session is not null)
        {
            var signOut = new IssuerView(context, language, null) { _token = _token };
            signOut.FormStart("/issuer/sign-out", id: "sign-out");
            signOut.Body.Append("<p class=\"who\">").Append(F("signedInAs", session.Actor, session.Issuer))
                .Append(" <button type=\"submit\" class=\"secondary\">").Append(T("signOut")).Append("</button></p>\n</form>\n");
            html.Append(signOut.Body);
        }

        html.Append("</main>\n");
        if (script is not null)
        {
            html.Append("<script src=\"").Append(E(script)).Append("\"></script>\n");
        }

        html.Append("</body>\n</html>\n");
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Csp;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8", statusCode: statusCode);
    }
}
