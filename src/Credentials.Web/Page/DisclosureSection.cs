using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Verifier.Reports;
using Credentials.Web.Wallet;

namespace Credentials.Web.Page;

/// <summary>
/// For an SD-JWT VC: the claims the holder chose to disclose, with the type metadata's labels, and how many stayed
/// withheld. Which claims those are cannot be known (their digests hide them, and some digests are decoys).
/// </summary>
internal static class DisclosureSection
{
    public static void Append(StringBuilder html, VerificationReport report, string language)
    {
        if (report.Disclosure is not { } disclosure)
        {
            return;
        }

        string T(string key) => PageRenderer.E(PageTexts.Get(key, language));
        html.Append("<section class=\"disclosure\" aria-labelledby=\"disclosed\">\n<h2 id=\"disclosed\">").Append(T("disclosed")).Append("</h2>\n");
        if (disclosure.Disclosed.Count == 0)
        {
            html.Append("<p>").Append(T("disclosedNone")).Append("</p>\n");
        }
        else
        {
            html.Append("<dl>\n");
            foreach (var (path, value) in disclosure.Disclosed)
            {
                var claim = path.TrimStart('/').Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                html.Append("<dt>").Append(PageRenderer.E(TypeMetadata.Label(claim, language))).Append("</dt><dd data-claim=\"").Append(PageRenderer.E(claim)).Append("\">")
                    .Append(PageRenderer.E(Text(value, language))).Append("</dd>\n");
            }

            html.Append("</dl>\n");
        }

        html.Append("<p class=\"withheld\" data-withheld=\"").Append(disclosure.Withheld.ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append(PageRenderer.E(PageTexts.Format("withheld", language, disclosure.Withheld.ToString(CultureInfo.InvariantCulture)))).Append("</p>\n</section>\n");
    }

    // A language map shows the page's language (else the first); a list, each item; anything else, as JSON.
    private static string Text(JsonNode? value, string language) => value switch
    {
        null => string.Empty,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonObject map when map[language] is JsonValue local && local.GetValueKind() == JsonValueKind.String => local.GetValue<string>(),
        JsonObject map when map.Count > 0 && map.All(p => p.Value is JsonValue s && s.GetValueKind() == JsonValueKind.String) => map.First().Value!.GetValue<string>(),
        JsonArray list => string.Join("; ", list.Select(item => Text(item, language))),
        _ => value.ToJsonString(),
    };
}
