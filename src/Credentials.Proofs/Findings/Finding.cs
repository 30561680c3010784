using Credentials.Proofs.Findings;
namespace Credentials.Proofs.Findings;

/// <summary>
/// What a format reader or verifier found, before the verifier files it under one of its checks.
/// </summary>
/// <param name="Outcome">Passed, Failed, Indeterminate or Skipped.</param>
/// <param name="Code">A code of <see cref="CheckCodes"/>.</param>
/// <param name="Message">One plain-language English sentence.</param>
/// <param name="Pointer">A JSON Pointer into the input, where one applies.</param>
public sealed record Finding(CheckOutcome Outcome, string Code, string Message, string? Pointer = null)
{
    /// <summary>A failed finding.</summary>
    public static Finding Failed(string code, string message, string? pointer = null) => new(CheckOutcome.Failed, code, message, pointer);

    /// <summary>An undecided finding.</summary>
    public static Finding Indeterminate(string code, string message, string? pointer = null) => new(CheckOutcome.Indeterminate, code, message, pointer);

    /// <summary>A passed finding.</summary>
    public static Finding Passed(string code, string message) => new(CheckOutcome.Passed, code, message);
}
