using Credentials.Model.Registry;
using Credentials.Model.Status;

namespace Credentials.Storage.Status;

/// <summary>The status state machine: revocation is final; suspension can be cleared by reinstating.</summary>
internal static class StatusTransitions
{
    /// <summary>The list an action changes a bit in.</summary>
    public static StatusPurpose PurposeOf(StatusAction action) => action switch
    {
        StatusAction.Revoke => StatusPurpose.Revocation,
        StatusAction.Suspend or StatusAction.Reinstate => StatusPurpose.Suspension,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown status action."),
    };

    /// <summary>Decides what <paramref name="action"/> does to a credential in state <paramref name="current"/>.</summary>
    /// <returns><see cref="StatusChangeOutcome.Changed"/> with the new state, or why nothing changes.</returns>
    public static (StatusChangeOutcome Outcome, CredentialStatusState Next) Decide(CredentialStatusState current, StatusAction action)
        => (current, action) switch
        {
            (CredentialStatusState.Revoked, StatusAction.Revoke) => (StatusChangeOutcome.AlreadyInState, current),
            (CredentialStatusState.Revoked, _) => (StatusChangeOutcome.RefusedRevoked, current),
            (_, StatusAction.Revoke) => (StatusChangeOutcome.Changed, CredentialStatusState.Revoked),
            (CredentialStatusState.Suspended, StatusAction.Suspend) => (StatusChangeOutcome.AlreadyInState, current),
            (_, StatusAction.Suspend) => (StatusChangeOutcome.Changed, CredentialStatusState.Suspended),
            (CredentialStatusState.Active, StatusAction.Reinstate) => (StatusChangeOutcome.AlreadyInState, current),
            (_, StatusAction.Reinstate) => (StatusChangeOutcome.Changed, CredentialStatusState.Active),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown status action."),
        };
}
