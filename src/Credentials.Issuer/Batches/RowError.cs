namespace Credentials.Issuer.Batches;

/// <summary>A problem with one input row (or the header, line 1), in words an operator can act on.</summary>
/// <param name="Line">The 1-based line number in the input file.</param>
/// <param name="Message">What is wrong.</param>
public sealed record RowError(int Line, string Message);
