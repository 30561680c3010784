using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Credentials.Verifier.Status;

/// <summary>
/// Status lists already verified, by the exact token and the issuer it was verified for. A list's bits change only
/// with a new token, so the same token needs its signature checked once; an entry still lives at most
/// <see cref="Lifetime"/>, so a rotated or withdrawn issuer key is noticed within that time, and never longer than
/// the list's own <c>ttl</c> or past its <c>validUntil</c>. Only usable lists are kept: a list that failed is tried
/// again on the next verification.
/// </summary>
internal sealed class VerifiedListCache
{
    /// <summary>How long a verified list is reused.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private const int Capacity = 512;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public VerifiedListCache(TimeProvider time) => _time = time;

    /// <summary>The key of a token verified for an issuer.</summary>
    public static string KeyOf(string token, string issuer) =>
        issuer + "\n" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool TryGet(string key, out StatusListLookup lookup)
    {
        if (_entries.TryGetValue(key, out var entry) && _time.GetUtcNow() < entry.Expires)
        {
            lookup = entry.Lookup;
            return true;
        }

        lookup = null!;
        return false;
    }

    public void Add(string key, StatusListLookup lookup)
    {
        if (_entries.Count >= Capacity)
        {
            // Rare (one entry per list of every issuer seen in five minutes): start over rather than track recency.
            _entries.Clear();
        }

        // Bitstring Status List v1.0 §2.2 ttl: the issuer's limit on how long the list may be kept, when shorter.
        var now = _time.GetUtcNow();
        var expires = now + (lookup.TimeToLive is { } ttl && ttl < Lifetime ? ttl : Lifetime);
        if (lookup.ValidUntil is { } validUntil && validUntil < expires)
        {
            expires = validUntil;
        }

        _entries[key] = new Entry(lookup, expires);
    }

    private sealed record Entry(StatusListLookup Lookup, DateTimeOffset Expires);
}
