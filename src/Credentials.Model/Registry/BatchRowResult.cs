namespace Credentials.Model.Registry;

/// <summary>The result of one input row of a batch.</summary>
/// <param name="RowNumber">The row's position in the input (1-based, as an operator counts).</param>
/// <param name="Outcome">Issued, existing or failed.</param>
/// <param name="CredentialId">The credential's id; <see langword="null"/> when the row failed.</param>
/// <param name="Error">Why the row failed; <see langword="null"/> otherwise.</param>
public sealed record BatchRowResult(int RowNumber, BatchRowOutcome Outcome, string? CredentialId, string? Error);
