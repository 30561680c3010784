using System.Text;
using Credentials.Proofs.Findings;
using Credentials.Verifier.Display;
using Credentials.Verifier.Reports;

namespace Credentials.Web.Page;

/// <summary>
/// The checks in plain words, one line per distinct finding (a finding reported for several dates or places is
/// shown once), then the codes, messages and JSON pointers under a "Technical details" disclosure so that nothing
/// technical crowds or overflows the list on a phone.
/// </summary>
internal static class CheckList
{
    public static void Append(StringBuilder html, VerificationReport report, string language)
    {
        string T(string key) => PageRenderer.E(PageTexts.Get(key, language));
        html.Append("<h2>").Append(T("checks")).Append("</h2>\n<ul class=\"checks\">\n");
        var shown = new HashSet<(CheckOutcome, string)>();
        foreach (var c in report.Checks)
        {
            if (c.Explained is null && !shown.Add((c.Outcome, c.Code)))
            {
                continue;
            }

            var neutral = IssuerIdentities.IsNeutral(report, c);
            var (outcomeCss, outcome) = neutral ? ("note", PageRenderer.E(DisplayTexts.Get("note", language))) : c.Outcome switch
            {
                CheckOutcome.Passed => ("passed", T("passed")),
                CheckOutcome.Failed => ("failed", T("failed")),
                CheckOutcome.Indeterminate => ("indeterminate", T("unsure")),
                _ => ("skipped", T("skipped")),
            };
            var text = neutral ? DisplayTexts.Get("issuerNeutral", language)
                : c.Explained?.GetValueOrDefault(language) ?? CheckTexts.For(c.Code, language) + DateNote(c.Code, report, language);
            html.Append("<li><span class=\"outcome outcome-").Append(outcomeCss).Append("\">").Append(outcome).Append("</span> ")
                .Append(PageRenderer.E(text)).Append("</li>\n");
        }

        html.Append("</ul>\n<details class=\"technical\">\n<summary>").Append(PageRenderer.E(DisplayTexts.Get("technical", language))).Append("</summary>\n<ul>\n");
        foreach (var c in report.Checks)
        {
            html.Append("<li><code>").Append(PageRenderer.E(c.Code)).Append("</code> ").Append(PageRenderer.E(c.Message));
            if (c.Pointer is not null)
            {
                html.Append(" <code>").Append(PageRenderer.E(c.Pointer)).Append("</code>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n</details>\n");
    }

    // The date a validity finding is about, so "not yet valid" says from when and "expired" says since when.
    private static string DateNote(string code, VerificationReport report, string language)
    {
        var date = code switch
        {
            CheckCodes.ValidityNotYetValid => LongDates.Format(report.Content?.ValidFrom, language),
            CheckCodes.ValidityExpired => LongDates.Format(report.Content?.ValidUntil, language),
            _ => null,
        };
        return date is null ? string.Empty : " (" + DisplayTexts.Format(code == CheckCodes.ValidityExpired ? "validUntilDate" : "validFromDate", language, date) + ")";
    }
}
