namespace Credentials.Proofs.Formats;

/// <summary>One bound of a credential's validity period, wherever the format keeps it.</summary>
/// <param name="Member">The member or claim it came from, e.g. <c>validUntil</c>, <c>exp</c>.</param>
/// <param name="Pointer">A JSON Pointer to it in the input.</param>
/// <param name="Value">The instant.</param>
/// <param name="IsStart">True for a start (validFrom, nbf), false for an end (validUntil, exp).</param>
public sealed record ValidityBound(string Member, string Pointer, DateTimeOffset Value, bool IsStart);
