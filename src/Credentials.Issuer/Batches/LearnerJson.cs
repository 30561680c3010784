using System.Text.Json;

namespace Credentials.Issuer.Batches;

/// <summary>
/// Reads learners from a JSON array of objects whose member names are the CSV header names
/// (<see cref="LearnerCsv"/>); the "line" of a row is its 1-based position in the array. Never throws for bad input.
/// </summary>
public static class LearnerJson
{
    /// <summary>Reads the file's bytes.</summary>
    public static LearnerTable Parse(ReadOnlySpan<byte> utf8)
    {
        var rows = new List<LearnerRow>();
        var errors = new List<RowError>();
        try
        {
            using var doc = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { AllowDuplicateProperties = false });
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                return new LearnerTable(rows, [new RowError(1, RowProblemCodes.NotJsonArray)]);
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var n = 0;
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                n++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new RowError(n, RowProblemCodes.NotObject));
                    continue;
                }

                string Get(string name) => item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : string.Empty;
                var row = new LearnerRow(n, Get("student_number"), Get("given_name"), Get("family_name"), Get("date_of_birth"), Get("email"), Get("national_id"), Get("grade"), Get("completion_date"));
                if (row.StudentNumber.Length > 0 && !seen.TryAdd(row.StudentNumber, n))
                {
                    errors.Add(new RowError(n, "student_number", RowProblemCodes.DuplicateStudentNumber, [row.StudentNumber, seen[row.StudentNumber].ToString(System.Globalization.CultureInfo.InvariantCulture)]));
                    continue;
                }

                rows.Add(row);
            }
        }
        catch (JsonException e)
        {
            errors.Add(new RowError(1, RowProblemCodes.MalformedJson, e.Message));
        }

        return new LearnerTable(rows, errors);
    }
}
