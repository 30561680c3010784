using System.Globalization;
using System.Text;
using Credentials.Issuer.Batches;

namespace Credentials.Cli.Batches;

/// <summary>
/// <c>rejected.csv</c>: the rejected rows exactly as the learners file wrote them (same separator, same header), each
/// after an <c>error</c> column that says what is wrong, so the registrar can fix the rows and import the file again
/// (the reader ignores the <c>error</c> column). For a JSON learners file, whose rows have no CSV form, it lists line
/// and error only.
/// </summary>
internal static class RejectedRows
{
    public const string FileName = "rejected.csv";

    public static string Write(LearnerTable table, IReadOnlyList<RowError> errors, string language)
    {
        var byLine = errors.GroupBy(e => e.Line).OrderBy(g => g.Key);
        var text = new StringBuilder();
        if (table.Source is not { } source)
        {
            text.Append("line;error\r\n");
            foreach (var line in byLine)
            {
                text.Append(CultureInfo.InvariantCulture, $"{line.Key};{Quote(Join(line, language))}\r\n");
            }

            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"error{source.Separator}{source.Header}\r\n");
        foreach (var line in byLine)
        {
            var raw = source.Records.TryGetValue(line.Key, out var record) ? record : string.Empty;
            text.Append(Quote(Join(line, language))).Append(source.Separator).Append(raw).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Join(IEnumerable<RowError> errors, string language) => string.Join("; ", errors.Select(e => e.Text(language)));

    // RFC 4180 §2 rule 7: a quoted field doubles its quotes.
    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
