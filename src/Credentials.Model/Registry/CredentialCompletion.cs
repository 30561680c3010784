namespace Credentials.Model.Registry;

/// <summary>The signed form of a reserved credential, to be recorded.</summary>
/// <param name="CredentialId">The reserved credential's id.</param>
/// <param name="IssuedCredential">The exact bytes handed to the learner (the JWT or the JSON-LD document).</param>
public sealed record CredentialCompletion(string CredentialId, ReadOnlyMemory<byte> IssuedCredential);
