using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace Credentials.Issuer.Batches;

/// <summary>
/// Reads learners as Finnish student information systems and Excel export them, through CsvHelper: UTF-8 with or
/// without a byte-order mark, <c>;</c>, <c>,</c> or tab as separator (detected), RFC 4180 quoting, CRLF or LF line
/// ends. Header names are matched by <see cref="LearnerColumns"/> (English, Finnish, Swedish; other columns are
/// ignored). Excel's empty trailing columns and empty rows (<c>;;;;</c>) are ignored. Never throws for bad input:
/// every problem is a <see cref="RowError"/> naming the line and, where there is one, the column.
/// </summary>
public static class LearnerCsv
{
    /// <summary>The longest row accepted, in UTF-8 bytes; a longer one is reported, not read.</summary>
    public const int MaxRowChars = 16 * 1024;

    /// <summary>Reads the file's bytes.</summary>
    public static LearnerTable Parse(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        if (!Utf8.IsValid(utf8))
        {
            return new LearnerTable([], [new RowError(1, RowProblemCodes.NotUtf8)]);
        }

        var text = Encoding.UTF8.GetString(utf8).TrimStart('\uFEFF');
        if (text.Trim().Length == 0)
        {
            return new LearnerTable([], [new RowError(1, RowProblemCodes.Empty)]);
        }

        var errors = new List<RowError>();
        var records = new Dictionary<int, string>();
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = m =>
            {
                var line = (int)m.LineNumber;
                records[line] = m.RawRecord;
                errors.Add(new RowError(line, m.Reason == CsvMalformedReason.UnterminatedQuote ? RowProblemCodes.UnclosedQuote : RowProblemCodes.MisplacedQuote));
            },
        };
        using var reader = CsvReader.FromText(text, options);
        var header = reader.Headers.ToArray();
        var (map, columns) = MapHeader(header, errors);
        if (map is null)
        {
            return new LearnerTable([], errors);
        }

        var named = Array.FindLastIndex(header, h => h.Trim().Length > 0) + 1;
        var rows = new List<LearnerRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var raw = reader.RawRecord;
            records[line] = Encoding.UTF8.GetString(raw);
            if (raw.Length > MaxRowChars)
            {
                errors.Add(new RowError(line, RowProblemCodes.TooLong, MaxRowChars.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i).Trim();
            }

            if (fields.All(f => f.Length == 0))
            {
                continue;
            }

            if (fields.Length < named || fields.Skip(header.Length).Any(f => f.Length > 0))
            {
                errors.Add(new RowError(line, RowProblemCodes.FieldCount, Count(fields.Length), Count(named)));
                continue;
            }

            string Get(LearnerField field) => map.TryGetValue(field, out var index) ? fields[index] : string.Empty;
            var row = new LearnerRow(line, Get(LearnerField.StudentNumber), Get(LearnerField.GivenName), Get(LearnerField.FamilyName),
                Get(LearnerField.DateOfBirth), Get(LearnerField.Email), Get(LearnerField.NationalId), Get(LearnerField.Grade), Get(LearnerField.CompletionDate));
            if (row.StudentNumber.Length > 0 && !seen.TryAdd(row.StudentNumber, line))
            {
                errors.Add(new RowError(line, columns[LearnerField.StudentNumber], RowProblemCodes.DuplicateStudentNumber, [row.StudentNumber, Count(seen[row.StudentNumber])]));
                continue;
            }

            rows.Add(row);
        }

        var headerLine = text.Split('\n', 2)[0].TrimEnd('\r');
        return new LearnerTable(rows, [.. errors.OrderBy(e => e.Line)])
        {
            Columns = columns,
            Source = new LearnerSource(reader.Separator, headerLine, records),
        };
    }

    private static (Dictionary<LearnerField, int>? Map, Dictionary<LearnerField, string> Columns) MapHeader(string[] header, List<RowError> errors)
    {
        var map = new Dictionary<LearnerField, int>();
        var columns = new Dictionary<LearnerField, string>(LearnerColumns.English);
        var before = errors.Count;
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (LearnerColumns.Find(name) is not { } field)
            {
                continue;
            }

            if (!map.TryAdd(field, i))
            {
                errors.Add(new RowError(1, name, RowProblemCodes.DuplicateColumn, [columns[field]]));
                continue;
            }

            columns[field] = name;
        }

        foreach (var field in LearnerColumns.Required.Where(f => !map.ContainsKey(f)))
        {
            var aliases = LearnerColumns.Aliases[field];
            errors.Add(new RowError(1, RowProblemCodes.MissingColumn, aliases[0], string.Join(", ", aliases)));
        }

        return (errors.Count == before ? map : null, columns);
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
