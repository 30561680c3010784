using PdfSharp.Drawing;
using QRCoder;

namespace Credentials.Documents.Certificates;

/// <summary>Draws a QR code as vector squares (sharp at any zoom or print size; no image decoding).</summary>
internal static class QrCodeDrawing
{
    public static void Draw(XGraphics graphics, string text, XRect box)
    {
        // Level M (15 % recovery) survives a crease or a smudge on a printed certificate.
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var cell = Math.Min(box.Width, box.Height) / matrix.Count;
        for (var y = 0; y < matrix.Count; y++)
        {
            var row = matrix[y];
            var x = 0;
            while (x < matrix.Count)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }

                // One rectangle per run of dark modules keeps the page small.
                var start = x;
                while (x < matrix.Count && row[x])
                {
                    x++;
                }

                graphics.DrawRectangle(XBrushes.Black, box.X + (start * cell), box.Y + (y * cell), (x - start) * cell, cell);
            }
        }
    }
}
