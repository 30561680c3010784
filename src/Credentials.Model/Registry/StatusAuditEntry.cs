using Credentials.Model.Status;

namespace Credentials.Model.Registry;

/// <summary>One row of the append-only status audit log.</summary>
/// <param name="Sequence">Monotonic sequence number of the entry.</param>
/// <param name="CredentialId">The credential whose status changed.</param>
/// <param name="Action">What was done.</param>
/// <param name="Purpose">The list whose bit changed.</param>
/// <param name="ListId">That list's id.</param>
/// <param name="Index">The bit's index.</param>
/// <param name="OldState">The credential's state before.</param>
/// <param name="NewState">The credential's state after.</param>
/// <param name="Actor">Who made the change.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When, from the store's injected clock.</param>
public sealed record StatusAuditEntry(
    long Sequence,
    string CredentialId,
    StatusAction Action,
    StatusPurpose Purpose,
    long ListId,
    int Index,
    CredentialStatusState OldState,
    CredentialStatusState NewState,
    string Actor,
    string Reason,
    DateTimeOffset At);
