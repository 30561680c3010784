namespace Credentials.Issuer.Batches;

/// <summary>A CSV learners file's separator, header line and records as written, by the line each starts on.</summary>
/// <param name="Separator">The field separator detected.</param>
/// <param name="Header">The header line as written (without its line break).</param>
/// <param name="Records">Each data record as written (without its line break), by its first line number.</param>
public sealed record LearnerSource(char Separator, string Header, IReadOnlyDictionary<int, string> Records);
