namespace Credentials.Web.Verification;

/// <summary>A parsed verification request: the credential's exact bytes (a slice of the request body when it could be), the checks asked for (null: all), and the
/// instant to judge validity at (null: now), and what an SD-JWT VC's key binding must answer (null: not required).</summary>
internal sealed record VerifyRequest(ReadOnlyMemory<byte> Credential, IReadOnlySet<string>? Checks, DateTimeOffset? AsOf = null, Proofs.SdJwt.KeyBindingExpectation? KeyBinding = null);
