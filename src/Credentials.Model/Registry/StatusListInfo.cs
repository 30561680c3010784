using Credentials.Model.Status;

namespace Credentials.Model.Registry;

/// <summary>A status list's metadata.</summary>
/// <param name="Id">The list id (part of the status list credential's URL).</param>
/// <param name="Purpose">The list's status purpose.</param>
/// <param name="Length">Entries in the list.</param>
/// <param name="AllocatedCount">Indexes handed out so far.</param>
/// <param name="CreatedAt">When the list was opened.</param>
/// <param name="UpdatedAt">When a bit last changed (for HTTP caching headers).</param>
public sealed record StatusListInfo(
    long Id,
    StatusPurpose Purpose,
    int Length,
    int AllocatedCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The issuer whose credentials the list holds (and whose key signs it); null for a list of no issuer.</summary>
    public string? Issuer { get; init; }

    /// <summary>Whether every index has been allocated.</summary>
    public bool IsFull => AllocatedCount >= Length;
}
