namespace Credentials.Model.Schema;

/// <summary>One JSON Schema violation.</summary>
/// <param name="Pointer">JSON Pointer (RFC 6901) to the offending value (or to the missing member).</param>
/// <param name="Message">Human-readable English explanation; may change between versions.</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "JSON Pointer (RFC 6901) is the spec term.")]
public sealed record SchemaError(string Pointer, string Message);
