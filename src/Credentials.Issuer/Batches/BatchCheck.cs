namespace Credentials.Issuer.Batches;

/// <summary>Checks a read learners file against a template: every reading and row problem, by line, before anything is issued.</summary>
public static class BatchCheck
{
    /// <summary>The rows that may be issued, and every problem of the file and its rows ordered by line.</summary>
    public static (IReadOnlyList<LearnerRow> Valid, IReadOnlyList<RowError> Errors) Run(BatchTemplate template, LearnerTable table)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(table);
        var (valid, rowErrors) = BatchIssuer.Validate(template, table.Rows, table.Columns);
        return (valid, table.Errors.Concat(rowErrors).OrderBy(e => e.Line).ToList());
    }
}
