using System.Text.Json;
using Credentials.Proofs.Jws;

namespace Credentials.Verifier.Presentations;

/// <summary>A presentation found in the input; owns the parsed documents.</summary>
internal sealed class ParsedPresentation : IDisposable
{
    public const string DataIntegrity = "data-integrity";
    public const string Jwt = "vp-jwt";
    public const string Unsigned = "unsigned";

    public required string Envelope { get; init; }

    /// <summary>The presentation object (the JSON root, or a VP-JWT's <c>vp</c> claim).</summary>
    public required JsonElement Presentation { get; init; }

    /// <summary>The JSON Pointer of the presentation inside the input: empty, or <c>/vp</c>.</summary>
    public string Pointer { get; init; } = string.Empty;

    public string? Holder { get; init; }

    public JsonDocument? Json { get; init; }

    public CompactJws? Jws { get; init; }

    public void Dispose()
    {
        Json?.Dispose();
        Jws?.Dispose();
    }
}
