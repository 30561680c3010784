using System.Globalization;
using Credentials.Documents.Fonts;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Credentials.Documents.Certificates;

/// <summary>
/// Lays out one language's certificate on A4 pages: heading, learner, title, the labelled rows, and on every page the
/// verification box (QR code, link, credential id). Rows that do not fit continue on a new page.
/// </summary>
internal sealed class CertificateRenderer
{
    private const double Margin = 50;
    private const double LabelWidth = 145;
    private const double Gap = 10;
    private const double FooterHeight = 150;
    private static readonly XColor Accent = XColor.FromArgb(0x1F, 0x3A, 0x5F);
    private static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(0x55, 0x55, 0x55));
    private static readonly XFont Heading = new(BundledFontResolver.Family, 24, XFontStyleEx.Bold);
    private static readonly XFont Large = new(BundledFontResolver.Family, 17, XFontStyleEx.Bold);
    private static readonly XFont Small = new(BundledFontResolver.Family, 9);
    private static readonly XFont SmallBold = new(BundledFontResolver.Family, 9, XFontStyleEx.Bold);
    private static readonly XFont Body = new(BundledFontResolver.Family, 10);

    private readonly PdfDocument document;
    private readonly string url;
    private readonly string credentialId;
    private readonly string fileName;
    private readonly bool sealed_;
    private XGraphics? graphics;
    private PdfPage? page;
    private double y;

    public CertificateRenderer(PdfDocument document, string url, string credentialId, string fileName, bool isSealed)
    {
        this.document = document;
        this.url = url;
        this.credentialId = credentialId;
        this.fileName = fileName;
        sealed_ = isSealed;
    }

    public void Render(CertificatePage content)
    {
        NewPage(content);
        var g = graphics!;
        g.DrawString(content.Labels.Heading, Heading, new XSolidBrush(Accent), new XPoint(Margin, y + 24));
        y += 34;
        g.DrawString(content.Labels.Kind, Body, Grey, new XPoint(Margin, y + 10));
        y += 30;
        g.DrawString(content.Labels.AwardedTo, Small, Grey, new XPoint(Margin, y + 9));
        y += 14;
        Paragraph(content.Learner, Large, Margin, Width);
        y += 6;
        Paragraph(content.Title, Large, Margin, Width);
        y += 14;
        foreach (var row in content.Rows)
        {
            Row(content, row);
        }

        graphics!.Dispose();
        graphics = null;
    }

    private static double Width => PageSizeWidth - (2 * Margin);

    private static double PageSizeWidth => XUnit.FromMillimeter(210).Point;

    private double Bottom => page!.Height.Point - Margin - FooterHeight;

    private void Row(CertificatePage content, CertificateRow row)
    {
        var valueX = Margin + LabelWidth + Gap;
        var valueWidth = Width - LabelWidth - Gap;
        var lines = row.Lines.SelectMany(l => TextWrap.Lines(graphics!, l, Body, valueWidth)).ToList();
        var lineHeight = Body.GetHeight() * 1.15;
        var index = 0;
        while (index < lines.Count)
        {
            if (y + lineHeight > Bottom)
            {
                graphics!.Dispose();
                NewPage(content);
            }

            if (index == 0)
            {
                foreach (var (labelLine, i) in TextWrap.Lines(graphics!, row.Label, SmallBold, LabelWidth).Select((l, i) => (l, i)))
                {
                    graphics!.DrawString(labelLine, SmallBold, Grey, new XPoint(Margin, y + 9 + (i * SmallBold.GetHeight())));
                }
            }

            graphics!.DrawString(lines[index], Body, XBrushes.Black, new XPoint(valueX, y + 10));
            y += lineHeight;
            index++;
        }

        y += 7;
    }

    private void Paragraph(string text, XFont font, double x, double width)
    {
        foreach (var line in TextWrap.Lines(graphics!, text, font, width))
        {
            graphics!.DrawString(line, font, XBrushes.Black, new XPoint(x, y + font.Size));
            y += font.GetHeight() * 1.1;
        }
    }

    private void NewPage(CertificatePage content)
    {
        page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
        Footer(content.Labels, content.Language);
    }

    private void Footer(CertificateLabels labels, string language)
    {
        var g = graphics!;
        var top = page!.Height.Point - Margin - FooterHeight + 15;
        g.DrawLine(new XPen(Accent, 0.8), Margin, top, Margin + Width, top);
        var qrSize = 110.0;
        QrCodeDrawing.Draw(g, url, new XRect(Margin - 8, top + 8, qrSize, qrSize));
        var x = Margin + qrSize + 8;
        var width = Width - qrSize - 8;
        var line = top + 22;
        g.DrawString(labels.Verify, SmallBold, new XSolidBrush(Accent), new XPoint(x, line));
        line += 13;
        foreach (var text in TextWrap.Lines(g, string.Format(CultureInfo.InvariantCulture, labels.VerifyText, fileName), Small, width))
        {
            g.DrawString(text, Small, Grey, new XPoint(x, line));
            line += 11;
        }

        var linkTop = line;
        foreach (var text in TextWrap.Lines(g, url, Body, width))
        {
            g.DrawString(text, Body, new XSolidBrush(Accent), new XPoint(x, line + 2));
            line += 13;
        }

        // The printed link is also a clickable one (PDF 32000-1 §12.5.6.5 link annotation with a URI action).
        var height = page.Height.Point;
        page.AddWebLink(new PdfRectangle(new XPoint(x, height - line), new XPoint(x + width, height - linkTop + 8)), url);
        line += 6;
        g.DrawString(labels.CredentialId + ": " + credentialId, Small, Grey, new XPoint(x, line));
        if (sealed_)
        {
            line += 12;
            g.DrawString(labels.Sealed, Small, Grey, new XPoint(x, line));
        }

        g.DrawString(language.ToUpperInvariant(), Small, Grey, new XPoint(Margin + Width - 12, page.Height.Point - Margin + 12));
    }
}
