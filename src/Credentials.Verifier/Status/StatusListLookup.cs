using Credentials.Model.Status;

namespace Credentials.Verifier.Status;

/// <summary>A fetched and verified status list, or why it cannot be used.</summary>
/// <param name="Bits">The decoded list; null when unusable.</param>
/// <param name="Purpose">The list's declared purpose.</param>
/// <param name="Code">On failure, the check code (<c>status.list-unavailable</c> or <c>status.list-invalid</c>).</param>
/// <param name="Message">On failure, why.</param>
internal sealed record StatusListLookup(BitstringStatusList? Bits, string? Purpose, string? Code, string? Message)
{
    /// <summary>The list's <c>validUntil</c>: it must not be used after it.</summary>
    public DateTimeOffset? ValidUntil { get; init; }

    /// <summary>The list's <c>ttl</c> (Bitstring Status List v1.0 §2.2): it may be kept this long.</summary>
    public TimeSpan? TimeToLive { get; init; }

    public static StatusListLookup Usable(BitstringStatusList bits, string purpose) => new(bits, purpose, null, null);

    public static StatusListLookup Unusable(string code, string message) => new(null, null, code, message);
}
