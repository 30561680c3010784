using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Credentials.Web.Page;

/// <summary>
/// The challenges (nonces) the page gives an employer to hand to a learner: 16 random bytes and an expiry, protected
/// by an HMAC under a key made at start-up (a restart voids them), valid for <see cref="Lifetime"/> and used up by
/// the first presentation whose signature over them verifies (VC Data Integrity 1.0 §2.1: the challenge defeats replay).
/// </summary>
internal sealed class PresentationChallenges
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private const int RandomLength = 16;
    private const int MacLength = 16;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);

    public PresentationChallenges(TimeProvider time) => _time = time;

    /// <summary>A fresh challenge, valid for <see cref="Lifetime"/> from now.</summary>
    public string Issue()
    {
        var body = new byte[RandomLength + sizeof(long)];
        RandomNumberGenerator.Fill(body.AsSpan(0, RandomLength));
        BinaryPrimitives.WriteInt64BigEndian(body.AsSpan(RandomLength), (_time.GetUtcNow() + Lifetime).ToUnixTimeSeconds());
        return WebEncoders.Base64UrlEncode(body) + "." + WebEncoders.Base64UrlEncode(Mac(body));
    }

    public ChallengeState Check(string? challenge)
    {
        if (Expiry(challenge) is not { } expires)
        {
            return ChallengeState.Unknown;
        }

        if (_used.ContainsKey(challenge!))
        {
            return ChallengeState.Used;
        }

        return _time.GetUtcNow() >= expires ? ChallengeState.Expired : ChallengeState.Valid;
    }

    /// <summary>Marks a valid challenge used; false when it was not valid (or another request used it first).</summary>
    public bool TryUse(string challenge)
    {
        Prune();
        return Check(challenge) == ChallengeState.Valid && _used.TryAdd(challenge, Expiry(challenge)!.Value);
    }

    private DateTimeOffset? Expiry(string? challenge)
    {
        var parts = (challenge ?? string.Empty).Split('.');
        if (parts.Length != 2 || parts[0].Length > 64 || parts[1].Length > 64)
        {
            return null;
        }

        byte[] body, mac;
        try
        {
            body = WebEncoders.Base64UrlDecode(parts[0]);
            mac = WebEncoders.Base64UrlDecode(parts[1]);
        }
        catch (FormatException)
        {
            return null;
        }

        if (body.Length != RandomLength + sizeof(long) || !CryptographicOperations.FixedTimeEquals(mac, Mac(body)))
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(body.AsSpan(RandomLength)));
    }

    private byte[] Mac(byte[] body) => HMACSHA256.HashData(_key, body)[..MacLength];

    // A used challenge need only be remembered until it would have expired anyway.
    private void Prune()
    {
        var now = _time.GetUtcNow();
        foreach (var (challenge, expires) in _used)
        {
            if (expires <= now)
            {
                _used.TryRemove(challenge, out _);
            }
        }
    }
}
