using System.Text.Json;
using Credentials.Proofs.Jws;

namespace Credentials.Verifier.Presentations;

/// <summary>A presentation found in the input; owns the parsed documents.</summary>
internal sealed class ParsedPresentation : IDisposable
{
    public const string DataIntegrity = "data-integrity";
    public const string Jwt = "vp-jwt";
    public const string Unsigned = "unsigned";
    public const string Sealed = "jades";

    public required string Envelope { get; init; }

    /// <summary>The presentation object (the JSON root, or a VP-JWT's <c>vp</c> claim).</summary>
    public required JsonElement Presentation { get; init; }

    /// <summary>The JSON Pointer of the presentation inside the input: empty, <c>/vp</c>, or a seal's <c>/payload</c>.</summary>
    public string Pointer { get; init; } = string.Empty;

    public string? Holder { get; init; }

    public JsonDocument? Json { get; init; }

    public CompactJws? Jws { get; init; }

    /// <summary>The whole JAdES seal (JWS JSON serialization) of a sealed presentation, as given.</summary>
    public string? SealText { get; init; }

    public void Dispose()
    {
        Json?.Dispose();
        Jws?.Dispose();
    }
}
