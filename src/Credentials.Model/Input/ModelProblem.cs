namespace Credentials.Model.Input;

/// <summary>One problem found in micro-credential input or in a model.</summary>
/// <param name="Pointer">JSON Pointer (RFC 6901) into the JSON input form; empty for the whole document.</param>
/// <param name="Code">Stable, dotted, lower-case code from <see cref="ProblemCodes"/>.</param>
/// <param name="Message">Human-readable English explanation; may change between versions.</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "JSON Pointer (RFC 6901) is the spec term.")]
public sealed record ModelProblem(string Pointer, string Code, string Message);
