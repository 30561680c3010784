namespace Credentials.Model.Registry;

/// <summary>What an erasure changed.</summary>
/// <param name="CredentialIds">The credentials whose content was deleted and links withdrawn.</param>
/// <param name="LinksWithdrawn">How many share links stopped working.</param>
public sealed record ErasureResult(IReadOnlyList<string> CredentialIds, int LinksWithdrawn);
