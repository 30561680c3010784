using System.Text.Json;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;

namespace Credentials.Verifier.Pipeline;

/// <summary>What the checks learn about one input, passed from each check to the next; format-neutral.</summary>
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

    /// <summary>The input as read (text, JWS or JSON), once the format check has read it.</summary>
    public CredentialInput? Parsed { get; set; }

    /// <summary>The credential as its format read it.</summary>
    public SecuredCredential? Secured { get; set; }

    /// <summary>The format's verdict on the proof, once the proof check has run.</summary>
    public ProofResult? Proof { get; set; }

    /// <summary>The credential object, once the format check has found it.</summary>
    public JsonElement? Credential => Secured?.Document;

    /// <summary>The JSON Pointer prefix of the credential inside the input (e.g. <c>/vc</c>).</summary>
    public string CredentialPointer => Secured?.Pointer ?? string.Empty;

    public string? IssuerId => Secured?.IssuerId;

    public Dictionary<string, CheckOutcome> Outcomes { get; } = new(StringComparer.Ordinal);

    public bool Passed(string check) => Outcomes.GetValueOrDefault(check) == CheckOutcome.Passed;

    public void Dispose()
    {
        Secured?.Dispose();
        Parsed?.Dispose();
    }
}
