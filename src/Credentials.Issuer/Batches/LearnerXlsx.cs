using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace Credentials.Issuer.Batches;

/// <summary>
/// Reads the first sheet of an Excel <c>.xlsx</c> learners file (through ExcelDataReader) as the same table
/// <see cref="LearnerCsv"/> reads: the sheet becomes <c>;</c>-separated text with one line per sheet row, so line
/// numbers are Excel's row numbers and rejected rows can be written back as CSV. Date cells become
/// <c>YYYY-MM-DD</c>; whole numbers lose Excel's <c>.0</c> (a student number saved as a number has already lost any
/// leading zeros in Excel). Never throws for bad input.
/// </summary>
public static class LearnerXlsx
{
    /// <summary>The most text a sheet may expand to (a zip bomb guard): 64 MiB of characters.</summary>
    public const int MaxChars = 64 * 1024 * 1024;

    static LearnerXlsx()
    {
        // ExcelDataReader's configuration asks for code page 1252 (used by .xls only) when it is created.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Reads the file's bytes.</summary>
    public static LearnerTable Parse(byte[] xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var text = new StringBuilder();
        try
        {
            using var stream = new MemoryStream(xlsx, writable: false);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(i == 0 ? string.Empty : ";").Append(Quote(Text(reader.GetValue(i))));
                }

                text.Append("\r\n");
                if (text.Length > MaxChars)
                {
                    return new LearnerTable([], [new RowError(1, RowProblemCodes.XlsxUnreadable)]);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ExcelDataReader reports a damaged or foreign file with several exception types of its own.
            return new LearnerTable([], [new RowError(1, RowProblemCodes.XlsxUnreadable)]);
        }

        return LearnerCsv.Parse(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => ((long)n).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // One sheet row stays one line: a line break inside a cell becomes a space.
    private static string Quote(string value)
    {
        var flat = value.ReplaceLineEndings(" ");
        return flat.Contains(';', StringComparison.Ordinal) || flat.Contains('"', StringComparison.Ordinal)
            ? "\"" + flat.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : flat;
    }
}
