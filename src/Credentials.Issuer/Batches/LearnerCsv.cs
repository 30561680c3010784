using System.Text;

namespace Credentials.Issuer.Batches;

/// <summary>
/// Reads learners as Finnish student information systems export them (RFC 4180 with local habits): UTF-8 with or
/// without a byte-order mark, <c>;</c> or <c>,</c> as separator (whichever the header line uses outside quotes),
/// quoted fields with doubled quotes, CRLF or LF line ends. Header names (case-insensitive, English or Finnish):
/// <c>student_number</c>/<c>opiskelijanumero</c>, <c>given_name</c>/<c>etunimet</c>, <c>family_name</c>/<c>sukunimi</c>,
/// <c>date_of_birth</c>/<c>syntymaaika</c>, <c>email</c>/<c>sahkoposti</c>, optional <c>national_id</c>/<c>henkilotunnus</c>,
/// <c>grade</c>/<c>arvosana</c>, <c>completion_date</c>/<c>suorituspaiva</c>. Never throws for bad input.
/// </summary>
public static class LearnerCsv
{
    /// <summary>The longest row accepted, in characters; a longer one is reported, not read.</summary>
    public const int MaxRowChars = 16 * 1024;

    private static readonly string[][] Columns =
    [
        ["student_number", "opiskelijanumero"],
        ["given_name", "etunimet", "etunimi"],
        ["family_name", "sukunimi"],
        ["date_of_birth", "syntymaaika"],
        ["email", "sahkoposti"],
        ["national_id", "henkilotunnus"],
        ["grade", "arvosana"],
        ["completion_date", "suorituspaiva"],
    ];

    private const int NationalIdColumn = 5;

    /// <summary>Reads the file's bytes.</summary>
    public static LearnerTable Parse(ReadOnlySpan<byte> utf8)
    {
        var errors = new List<RowError>();
        var rows = new List<LearnerRow>();
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return new LearnerTable(rows, [new RowError(1, "the file is not valid UTF-8 (save it as UTF-8 from the student system)")]);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var records = Split(text, DetectSeparator(text), errors);
        if (records.Count == 0)
        {
            return new LearnerTable(rows, [new RowError(1, "the file is empty: a header line is needed")]);
        }

        var map = MapHeader(records[0].Fields, errors);
        if (map is null)
        {
            return new LearnerTable(rows, errors);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count != records[0].Fields.Count)
            {
                errors.Add(new RowError(line, $"the row has {fields.Count} fields but the header has {records[0].Fields.Count}"));
                continue;
            }

            string Get(int column) => map[column] < 0 ? string.Empty : fields[map[column]].Trim();
            var row = new LearnerRow(line, Get(0), Get(1), Get(2), Get(3), Get(4), Get(NationalIdColumn), Get(6), Get(7));
            if (row.StudentNumber.Length > 0 && !seen.TryAdd(row.StudentNumber, line))
            {
                errors.Add(new RowError(line, $"student number {row.StudentNumber} appears again (first on line {seen[row.StudentNumber]})"));
                continue;
            }

            rows.Add(row);
        }

        return new LearnerTable(rows, errors);
    }

    private static char DetectSeparator(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return semicolons >= commas ? ';' : ',';
    }

    private static int[]? MapHeader(List<string> header, List<RowError> errors)
    {
        var map = new int[Columns.Length];
        var before = errors.Count;
        for (var c = 0; c < Columns.Length; c++)
        {
            map[c] = header.FindIndex(h => Columns[c].Contains(h.Trim().ToLowerInvariant(), StringComparer.Ordinal));
            if (map[c] < 0 && c != NationalIdColumn)
            {
                errors.Add(new RowError(1, $"the header has no column '{Columns[c][0]}' (or '{Columns[c][1]}'); it has: {string.Join(", ", header)}"));
            }
        }

        return errors.Count == before ? map : null;
    }

    // RFC 4180 §2 rules 5–7: quoted fields may hold separators, line breaks and doubled quotes.
    private static List<(int Line, List<string> Fields)> Split(string text, char separator, List<RowError> errors)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1, rowChars = 0, i = 0;
        bool quoted = false, wasQuoted = false, skipping = false;
        while (i <= text.Length)
        {
            var end = i == text.Length;
            var c = end ? '\n' : text[i];
            if (!end && ++rowChars > MaxRowChars && !skipping)
            {
                errors.Add(new RowError(start, $"the row is longer than {MaxRowChars} characters"));
                skipping = true;
            }

            if (quoted && !end)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                i++;
                continue;
            }

            if (quoted && end)
            {
                errors.Add(new RowError(start, "a quoted field is never closed (the file may be truncated)"));
                break;
            }

            if (c == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (c == '"' || (wasQuoted && !quoted && c != separator && c is not '\r' and not '\n'))
            {
                if (!skipping)
                {
                    errors.Add(new RowError(start, "a quote appears inside a field; quote the whole field and double the quote"));
                    skipping = true;
                }
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (c == '\r' && !end && i + 1 < text.Length && text[i + 1] == '\n')
            {
                // CRLF: the LF ends the record.
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                if (!skipping && !(end && fields.Count == 1 && fields[0].Length == 0))
                {
                    records.Add((start, fields));
                }

                fields = [];
                field.Clear();
                wasQuoted = skipping = false;
                rowChars = 0;
                start = ++line;
            }
            else if (!skipping)
            {
                field.Append(c);
            }

            i++;
        }

        return records;
    }
}
