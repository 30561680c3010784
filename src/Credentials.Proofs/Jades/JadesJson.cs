using System.Text.Json;

namespace Credentials.Proofs.Jades;

/// <summary>JSON reading settings for seals.</summary>
internal static class JadesJson
{
    /// <summary>
    /// Duplicate members rejected: parsers disagree on which duplicate wins, so a duplicated header member could be
    /// read one way by the signer and another by us (RFC 7515 §5.2 step 4, RFC 8725 §3.10).
    /// </summary>
    public static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false, MaxDepth = 64 };
}
