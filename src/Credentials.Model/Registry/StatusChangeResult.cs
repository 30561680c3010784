namespace Credentials.Model.Registry;

/// <summary>The result of a status change request.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="OldState">The credential's state before; <see langword="null"/> when it was not found.</param>
/// <param name="NewState">The credential's state after; <see langword="null"/> when it was not found.</param>
public sealed record StatusChangeResult(
    StatusChangeOutcome Outcome,
    CredentialStatusState? OldState,
    CredentialStatusState? NewState)
{
    /// <summary>The credential's issuer, when it was found.</summary>
    public string? CredentialIssuer { get; init; }
}
