using Credentials.Model.Status;

namespace Credentials.Model.Registry;

/// <summary>A status list with its current bits, as published in its status list credential.</summary>
/// <param name="Info">The list's metadata.</param>
/// <param name="Bits">The bitstring; a set bit means revoked or suspended, by <see cref="StatusListInfo.Purpose"/>.</param>
public sealed record StatusListSnapshot(StatusListInfo Info, BitstringStatusList Bits);
