namespace Credentials.Proofs.DataIntegrity;

/// <summary>A SHA-256 hash of a canonical form, or the code and reason why there is none.</summary>
internal readonly record struct HashOutcome(byte[]? Hash, string? Code, string? Message)
{
    public static HashOutcome Of(byte[] hash) => new(hash, null, null);

    public static HashOutcome Failed(string code, string message) => new(null, code, message);
}
