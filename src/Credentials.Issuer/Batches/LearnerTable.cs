namespace Credentials.Issuer.Batches;

/// <summary>The rows read from a learners file, and every problem found while reading it.</summary>
/// <param name="Rows">The rows that could be read.</param>
/// <param name="Errors">Problems of the file as a whole or of single rows, by line.</param>
public sealed record LearnerTable(IReadOnlyList<LearnerRow> Rows, IReadOnlyList<RowError> Errors)
{
    /// <summary>Each field's column as the file's header writes it, for messages; English names for JSON input.</summary>
    public IReadOnlyDictionary<LearnerField, string> Columns { get; init; } = LearnerColumns.English;

    /// <summary>The file's own lines, for writing rejected rows back in the same shape; null for JSON input.</summary>
    public LearnerSource? Source { get; init; }
}
