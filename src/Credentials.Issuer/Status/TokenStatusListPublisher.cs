using System.Text.Json.Nodes;
using Credentials.Issuer.Wallet;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Proofs.Keys;
using Credentials.Proofs.SdJwt;
using Credentials.Proofs.VcJwt;

namespace Credentials.Issuer.Status;

/// <summary>
/// Signs a registry revocation list as an IETF Token Status List token (<c>typ: statuslist+jwt</c>, §5.1) for the
/// SD-JWT VCs that point at it. The same registry bits as the Bitstring Status List, with <c>bits: 2</c>: a set
/// revocation bit is INVALID (1); a credential whose registry row is suspended is SUSPENDED (2) at its revocation
/// index, though its Bitstring suspension bit lives in another list; everything else is VALID (0).
/// </summary>
public sealed class TokenStatusListPublisher
{
    private readonly IStatusListStore _store;
    private readonly IssuerKey _key;
    private readonly WalletUrls _urls;
    private readonly TimeProvider _time;
    private readonly VcJwtSigner _signer;

    /// <summary>Creates a publisher that signs as <paramref name="key"/>; <paramref name="timeToLive"/> is the token's <c>ttl</c> and how long it is valid (<c>exp</c>).</summary>
    public TokenStatusListPublisher(IStatusListStore store, IssuerKey key, WalletUrls urls, TimeProvider time, TimeSpan timeToLive)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeToLive, TimeSpan.FromSeconds(1));
        _store = store;
        _key = key;
        _urls = urls;
        _time = time;
        TimeToLive = timeToLive;
        _signer = new VcJwtSigner(key.Key, key.KeyId);
    }

    /// <summary>How long a relying party may cache a token (its <c>ttl</c>); it expires (<c>exp</c>) after twice that.</summary>
    public TimeSpan TimeToLive { get; }

    /// <summary>
    /// The signed token of revocation list <paramref name="listId"/>; null when the list is unknown, another issuer's, or
    /// a suspension list (SD-JWT VCs point at revocation lists only).
    /// </summary>
    public async Task<string?> PublishAsync(long listId, CancellationToken cancellationToken = default)
    {
        var snapshot = await _store.ReadAsync(listId, cancellationToken).ConfigureAwait(false);
        if (snapshot is null || snapshot.Info.Purpose != StatusPurpose.Revocation || !string.Equals(snapshot.Info.Issuer, _key.Did, StringComparison.Ordinal))
        {
            return null;
        }

        var suspended = await _store.ReadSuspendedIndexesAsync(listId, cancellationToken).ConfigureAwait(false);
        var list = TokenStatusList.Create(snapshot.Bits.Length);
        for (var i = 0; i < snapshot.Bits.Length; i++)
        {
            if (snapshot.Bits.Get(i))
            {
                list.Set(i, TokenStatusList.Invalid);
            }
        }

        foreach (var index in suspended)
        {
            if (list.TryGet(index, out var status) && status == TokenStatusList.Valid)
            {
                list.Set(index, TokenStatusList.Suspended);
            }
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var ttl = (long)TimeToLive.TotalSeconds;
        var payload = new JsonObject
        {
            ["sub"] = _urls.TokenStatusList(listId),
            ["iat"] = now,
            ["exp"] = now + (2 * ttl),
            ["ttl"] = ttl,
            ["status_list"] = new JsonObject { ["bits"] = list.Bits, ["lst"] = list.Encode() },
        };
        return _signer.Sign(payload.ToJsonString(VcJwtSigner.PayloadJson), SdJwtNames.StatusListType);
    }
}
