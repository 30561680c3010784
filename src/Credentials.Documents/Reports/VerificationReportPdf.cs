using System.Globalization;
using Credentials.Documents.Certificates;
using Credentials.Documents.Fonts;
using Credentials.Proofs.Findings;
using Credentials.Verifier.Display;
using Credentials.Verifier.Reports;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Credentials.Documents.Reports;

/// <summary>
/// Makes the verification report an employer files: A4, the verdict sentence, the date and time of the check (and the
/// as-of date), the checked file's name, every check with its outcome, and the credential's content. Text only, in
/// the bundled Noto Sans, so it prints and extracts the same everywhere. Thread-safe.
/// </summary>
public static class VerificationReportPdf
{
    private const double Margin = 50;
    private const double LabelWidth = 150;
    private const double Gap = 10;
    private static readonly XColor Accent = XColor.FromArgb(0x1F, 0x3A, 0x5F);
    private static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(0x55, 0x55, 0x55));
    private static readonly XFont Heading = new(BundledFontResolver.Family, 20, XFontStyleEx.Bold);
    private static readonly XFont Verdict = new(BundledFontResolver.Family, 13, XFontStyleEx.Bold);
    private static readonly XFont Section = new(BundledFontResolver.Family, 12, XFontStyleEx.Bold);
    private static readonly XFont Body = new(BundledFontResolver.Family, 10);
    private static readonly XFont Bold = new(BundledFontResolver.Family, 10, XFontStyleEx.Bold);
    private static readonly XFont Small = new(BundledFontResolver.Family, 8);

    /// <summary>Returns the PDF's bytes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static byte[] Write(VerificationReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        BundledFontResolver.EnsureInstalled();
        var language = input.Language is "fi" or "sv" ? input.Language : "en";
        var labels = ReportLabels.For(language);
        var report = input.Report;
        using var pdf = new PdfDocument();
        pdf.Info.Title = labels.Heading;
        pdf.Info.Creator = "Credentials";
        pdf.Info.CreationDate = input.CheckedAt.UtcDateTime;
        pdf.Info.ModificationDate = input.CheckedAt.UtcDateTime;

        var layout = new Layout(pdf, labels.Footer);
        layout.Text(labels.Heading, Heading, new XSolidBrush(Accent), 0, Layout.Width);
        layout.Space(8);
        layout.Text(Conclusions.Sentence(report, language), Verdict, new XSolidBrush(Colour(report.Conclusion)), 0, Layout.Width);
        layout.Space(8);
        layout.Row(labels.CheckedAt, Stamp(input.CheckedAt));
        if (input.AsOf is { } asOf)
        {
            layout.Row(labels.AsOf, asOf.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (input.FileName is { Length: > 0 } file)
        {
            layout.Row(labels.File, file);
        }

        foreach (var note in report.InputNotes)
        {
            layout.Text(char.ToUpperInvariant(note[0]) + note[1..] + ".", Body, Grey, 0, Layout.Width);
        }

        layout.Space(10);
        layout.Text(labels.Checks, Section, new XSolidBrush(Accent), 0, Layout.Width);
        foreach (var check in report.Checks)
        {
            var outcome = check.Outcome switch
            {
                CheckOutcome.Passed => labels.Passed,
                CheckOutcome.Failed => labels.Failed,
                CheckOutcome.Indeterminate => labels.Undecided,
                _ => labels.Skipped,
            };
            layout.Row(outcome, (check.Explained?.GetValueOrDefault(language) ?? CheckTexts.For(check.Code, language)) + " (" + check.Code + (check.Pointer is null ? "" : " " + check.Pointer) + ")");
        }

        if (report.Content is { } content)
        {
            layout.Space(10);
            layout.Text(labels.Content, Section, new XSolidBrush(Accent), 0, Layout.Width);
            if (report.Verdict != Verifier.Reports.Verdict.Verified)
            {
                layout.Text(labels.Unconfirmed, Bold, new XSolidBrush(XColor.FromArgb(0x9B, 0x1C, 0x1C)), 0, Layout.Width);
            }

            foreach (var row in CredentialSummary.Rows(content, language))
            {
                layout.Row(row.Label, row.Value);
            }
        }

        layout.Finish();
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static XColor Colour(Conclusion conclusion) => conclusion switch
    {
        Conclusion.Verified => XColor.FromArgb(0x0D, 0x5A, 0x23),
        Conclusion.Expired or Conclusion.NotYetValid => XColor.FromArgb(0x1F, 0x3A, 0x5F),
        Conclusion.Forged or Conclusion.Unreadable or Conclusion.Invalid or Conclusion.Revoked or Conclusion.Suspended => XColor.FromArgb(0x9B, 0x1C, 0x1C),
        _ => XColor.FromArgb(0x7A, 0x41, 0x00),
    };

    /// <summary>Top-to-bottom text flow over as many A4 pages as it needs, with a footer on each.</summary>
    private sealed class Layout(PdfDocument document, string footer)
    {
        private XGraphics? graphics;
        private PdfPage? page;
        private double y;

        public static double Width => XUnit.FromMillimeter(210).Point - (2 * Margin);

        public void Space(double points) => y += points;

        public void Text(string text, XFont font, XBrush brush, double indent, double width)
        {
            Ensure();
            foreach (var line in TextWrap.Lines(graphics!, text, font, width))
            {
                Ensure(font.GetHeight() * 1.2);
                graphics!.DrawString(line, font, brush, new XPoint(Margin + indent, y + font.Size));
                y += font.GetHeight() * 1.2;
            }
        }

        public void Row(string label, string value)
        {
            Ensure();
            var lineHeight = Body.GetHeight() * 1.15;
            var labelLines = TextWrap.Lines(graphics!, label, Bold, LabelWidth);
            var valueLines = TextWrap.Lines(graphics!, value, Body, Width - LabelWidth - Gap);
            for (var i = 0; i < Math.Max(labelLines.Count, valueLines.Count); i++)
            {
                Ensure(lineHeight);
                if (i < labelLines.Count)
                {
                    graphics!.DrawString(labelLines[i], Bold, Grey, new XPoint(Margin, y + Body.Size));
                }

                if (i < valueLines.Count)
                {
                    graphics!.DrawString(valueLines[i], Body, XBrushes.Black, new XPoint(Margin + LabelWidth + Gap, y + Body.Size));
                }

                y += lineHeight;
            }

            y += 4;
        }

        public void Finish()
        {
            graphics?.Dispose();
            graphics = null;
        }

        private double Bottom => page!.Height.Point - Margin - 20;

        private void Ensure(double height = 0)
        {
            if (graphics is not null && y + height <= Bottom)
            {
                return;
            }

            graphics?.Dispose();
            page = document.AddPage();
            page.Size = PageSize.A4;
            graphics = XGraphics.FromPdfPage(page);
            y = Margin;
            graphics.DrawString(footer, Small, Grey, new XPoint(Margin, page.Height.Point - Margin + 10));
        }
    }
}
