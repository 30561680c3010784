using PdfSharp.Drawing;

namespace Credentials.Documents.Certificates;

/// <summary>Greedy line breaking at spaces; a word wider than the line (a URL, an id) is broken between characters.</summary>
internal static class TextWrap
{
    public static IReadOnlyList<string> Lines(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (graphics.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && graphics.MeasureString(line, font).Width > width)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && graphics.MeasureString(line[..fit], font).Width > width)
                    {
                        fit--;
                    }

                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
