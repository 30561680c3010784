using Credentials.Model.Status;

namespace Credentials.Model.Registry;

/// <summary>A credential's entry in a status list (what goes into its <c>BitstringStatusListEntry</c>).</summary>
/// <param name="Purpose">The list's status purpose.</param>
/// <param name="ListId">The status list's id in the registry.</param>
/// <param name="Index">The <c>statusListIndex</c>: a random position, never reused within the list.</param>
public sealed record StatusAllocation(StatusPurpose Purpose, long ListId, int Index);
