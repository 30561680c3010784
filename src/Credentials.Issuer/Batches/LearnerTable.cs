namespace Credentials.Issuer.Batches;

/// <summary>The rows read from a learners file, and every problem found while reading it.</summary>
/// <param name="Rows">The rows that could be read.</param>
/// <param name="Errors">Problems of the file as a whole or of single rows, by line.</param>
public sealed record LearnerTable(IReadOnlyList<LearnerRow> Rows, IReadOnlyList<RowError> Errors);
