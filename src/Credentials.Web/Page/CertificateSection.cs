using System.Text;
using Credentials.Verifier.Display;
using Credentials.Verifier.Reports;

namespace Credentials.Web.Page;

/// <summary>
/// The credential as a certificate people read: a summary sentence, its id and when it was checked, its own display
/// image, the issuer with where that identity comes from, the Annex I count for a credential that claims to be a
/// micro-credential, and the labelled content in the page language.
/// </summary>
internal static class CertificateSection
{
    // Served after the page's own stylesheet (PageAssets.Css); colours keep WCAG 2.1 AA contrast on white.
    public const string Css = """
        .outcome-note { color: #444; }
        details.technical { margin: .5rem 0 1rem; } details.technical summary { cursor: pointer; color: #0b4f9c; }
        details.technical li, p.meta, code { overflow-wrap: anywhere; }
        p.summary { font-size: 1.15rem; font-weight: bold; }
        p.identity.unconfirmed, .as-stated { color: #7a4100; }
        img.display { display: block; max-width: 100%; height: auto; border: 1px solid #ddd; margin: .5rem 0; }
        """;

    private static readonly HashSet<string> IssuerRows = new(StringComparer.Ordinal) { "issuer", "registration", "country" };

    public static void Append(StringBuilder html, VerificationReport report, string language)
    {
        if (report.Content is not { } content)
        {
            return;
        }

        string T(string key) => PageRenderer.E(PageTexts.Get(key, language));
        string E(string text) => PageRenderer.E(text);
        html.Append("<section class=\"certificate\" aria-labelledby=\"certificate\">\n<h2 id=\"certificate\">").Append(T("content")).Append("</h2>\n");
        if (report.Verdict != Verdict.Verified)
        {
            // Content of a credential that did not verify may be forged: say so before showing it.
            html.Append("<p class=\"error\">").Append(T("unconfirmed")).Append("</p>\n");
        }

        if (CertificateSentence.Of(report, language) is { } sentence)
        {
            html.Append("<p class=\"summary\">").Append(E(sentence)).Append("</p>\n");
        }

        // The time of the check is shown once, with the checked input above the checks (CheckedInputSection).
        html.Append("<p class=\"meta\">");
        if (content.Id is { } id)
        {
            html.Append(E(DisplayTexts.Get("credentialId", language))).Append(": <code>").Append(E(id)).Append("</code>");
        }

        html.Append("</p>\n");
        if (DisplayImage.DataUrl(content.Elm?.Image?.Base64) is { } image)
        {
            html.Append("<img class=\"display\" src=\"").Append(image).Append("\" alt=\"").Append(E(DisplayTexts.Get("imageAlt", language))).Append("\">\n");
        }

        var identity = report.IssuerIdentity;
        html.Append("<p class=\"identity").Append(identity.Confirmed ? " confirmed" : " unconfirmed").Append("\">")
            .Append(E(DisplayTexts.Get("identity", language))).Append(": ")
            .Append(E(string.Join(", ", new[] { identity.LegalName ?? identity.Id, identity.Registration, ConceptLabels.Country(identity.Country, language) ?? identity.Country }.Where(x => !string.IsNullOrWhiteSpace(x)))))
            .Append(" — ").Append(E(DisplayTexts.Provenance(identity, language))).Append("</p>\n");

        if (content.ClaimsMicroCredential)
        {
            var elements = CredentialSummary.AnnexOne(content, language);
            var present = elements.Count(e => e.Present);
            html.Append("<p class=\"annex\">").Append(E(DisplayTexts.Format("annex", language, present, elements.Count)));
            if (present < elements.Count)
            {
                html.Append(" (").Append(E(DisplayTexts.Format("annexMissing", language, string.Join(", ", elements.Where(e => !e.Present).Select(e => e.Label))))).Append(')');
            }

            html.Append("</p>\n");
        }

        if (report.Disclosure is { } disclosure)
        {
            // An SD-JWT VC is no ELM document: it says what its visible claims say, and what the holder disclosed (DisclosureSection).
            html.Append("<dl>\n");
            foreach (var (path, value) in disclosure.Visible)
            {
                var claim = Issuer.Wallet.WalletClaimLabels.ClaimOf(path);
                html.Append("<dt>").Append(E(Issuer.Wallet.WalletClaimLabels.Label(claim, language))).Append("</dt><dd data-claim=\"").Append(E(claim)).Append("\">")
                    .Append(E(Issuer.Wallet.WalletClaimLabels.Text(value, language))).Append("</dd>\n");
            }

            html.Append("</dl>\n</section>\n");
            return;
        }

        html.Append("<dl>\n");
        foreach (var row in CredentialSummary.Rows(content, language).Where(r => r.Shown))
        {
            var value = row.Value;
            var missing = row.Missing;
            if (identity.Confirmed && report.TrustedIssuer is { } trusted && IssuerRows.Contains(row.Key))
            {
                // A trusted issuer is shown as the list names it, not as the credential spells it.
                value = row.Key switch
                {
                    "issuer" => trusted.LegalName,
                    "registration" => trusted.Registration ?? value,
                    _ => ConceptLabels.Country(trusted.Country, language) ?? trusted.Country ?? value,
                };
                missing = string.IsNullOrWhiteSpace(value);
            }

            html.Append("<dt>").Append(E(row.Label)).Append("</dt><dd").Append(missing ? " class=\"missing\"" : string.Empty).Append('>').Append(E(value));
            if (!identity.Confirmed && !missing && IssuerRows.Contains(row.Key))
            {
                html.Append(" <span class=\"as-stated\">(").Append(E(DisplayTexts.Get("asStated", language))).Append(")</span>");
            }

            html.Append("</dd>\n");
        }

        html.Append("</dl>\n</section>\n");
    }
}
