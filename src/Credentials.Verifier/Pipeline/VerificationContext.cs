using Credentials.Proofs.Findings;
using System.Text.Json;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Jws;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Pipeline;

/// <summary>What the checks learn about one input, passed from each check to the next.</summary>
internal sealed class VerificationContext : IDisposable
{
    public VerificationContext(ReadOnlyMemory<byte> input, VerifierOptions options, TimeProvider time)
    {
        Input = input;
        Options = options;
        Time = time;
    }

    public ReadOnlyMemory<byte> Input { get; }

    public VerifierOptions Options { get; }

    public TimeProvider Time { get; }

    public Envelope Envelope { get; set; }

    public CompactJws? Jws { get; set; }

    public JsonDocument? Json { get; set; }

    /// <summary>A credential parsed from inside another document (a JAdES payload string).</summary>
    public JsonDocument? Inner { get; set; }

    /// <summary>The credential object, once the format check has found it.</summary>
    public JsonElement? Credential { get; set; }

    /// <summary>The JSON Pointer prefix of the credential inside the input (e.g. <c>/vc</c>).</summary>
    public string CredentialPointer { get; set; } = string.Empty;

    public string? IssuerId { get; set; }

    public KeyResolution? Key { get; set; }

    /// <summary>The DID that controls the key a verified proof was made with.</summary>
    public string? SignerController { get; set; }

    /// <summary>The seal verification, for JAdES inputs.</summary>
    public Credentials.Proofs.Jades.JadesVerification? Seal { get; set; }

    public Dictionary<string, CheckOutcome> Outcomes { get; } = new(StringComparer.Ordinal);

    public bool Passed(string check) => Outcomes.GetValueOrDefault(check) == CheckOutcome.Passed;

    public void Dispose()
    {
        Jws?.Dispose();
        Json?.Dispose();
        Inner?.Dispose();
    }
}
