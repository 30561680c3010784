using System.Globalization;
using System.Text;
using Credentials.Issuer.Wallet;
using Credentials.Verifier.Display;
using Credentials.Verifier.Reports;

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

        string T(string key) => PageRenderer.E(DisplayTexts.Get(key, language));
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
                var claim = WalletClaimLabels.ClaimOf(path);
                html.Append("<dt>").Append(PageRenderer.E(WalletClaimLabels.Label(claim, language))).Append("</dt><dd data-claim=\"").Append(PageRenderer.E(claim)).Append("\">")
                    .Append(PageRenderer.E(WalletClaimLabels.Text(value, language))).Append("</dd>\n");
            }

            html.Append("</dl>\n");
        }

        html.Append("<p class=\"withheld\" data-withheld=\"").Append(disclosure.Withheld.ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append(PageRenderer.E(DisplayTexts.Format("withheld", language, disclosure.Withheld.ToString(CultureInfo.InvariantCulture)))).Append("</p>\n</section>\n");
    }
}
