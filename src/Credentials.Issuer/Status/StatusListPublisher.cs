using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Keys;
using Credentials.Proofs.VcJwt;

namespace Credentials.Issuer.Status;

/// <summary>
/// Builds and signs <c>BitstringStatusListCredential</c>s (Bitstring Status List v1.0 §2.2) from the registry's current
/// bits, as VC-JOSE with the issuer's key, so a verifier checks the list with the same machinery as the credential.
/// A list whose bits have not changed is signed again only after <see cref="ResignAfter"/>: serving and verifying
/// the same token lets every cache on the way (HTTP, the verifier's) do its work.
/// </summary>
public sealed class StatusListPublisher
{
    private const string Vcdm2Context = "https://www.w3.org/ns/credentials/v2";
    private readonly IStatusListStore _store;
    private readonly IssuerKey _key;
    private readonly StatusListUrls _urls;
    private readonly TimeProvider _time;
    private readonly VcJwtSigner _signer;
    private readonly ConcurrentDictionary<long, Signed> _signed = new();
    private readonly TimeSpan? _validFor;

    /// <summary>How long a signed list with unchanged bits is served before it is signed again.</summary>
    public static readonly TimeSpan ResignAfter = TimeSpan.FromMinutes(10);

    /// <summary>Creates a publisher that signs as <paramref name="key"/>.</summary>
    public StatusListPublisher(IStatusListStore store, IssuerKey key, StatusListUrls urls, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _key = key;
        _urls = urls;
        _time = time;
        _signer = new VcJwtSigner(key.Key, key.KeyId);
    }

    /// <summary>
    /// The list's <c>ttl</c> (Bitstring Status List v1.0 §2.2, whole milliseconds): how long a verifier may keep the
    /// list before fetching it again. Default 5 minutes; <see langword="null"/> leaves it out.
    /// </summary>
    public TimeSpan? TimeToLive { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long after signing a list stays usable: its <c>validUntil</c> is <c>validFrom</c> plus this, after which a
    /// verifier does not rely on it. <see langword="null"/> (the default) gives no <c>validUntil</c>, for lists
    /// exported to static hosting; the service re-signs on request and sets it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not longer than <see cref="ResignAfter"/>: a list served from
    /// the signing cache would be past its <c>validUntil</c>.</exception>
    public TimeSpan? ValidFor
    {
        get => _validFor;
        init => _validFor = value is null || value > ResignAfter
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"a status list must stay valid longer than it is reused ({ResignAfter})");
    }

    /// <summary>The issuer this publisher signs as.</summary>
    public string IssuerDid => _key.Did;

    /// <summary>
    /// Signs the current state of one list; <see langword="null"/> when the id is unknown or the list is another
    /// issuer's (a list is signed only by the issuer whose credentials it holds).
    /// </summary>
    public async Task<PublishedStatusList?> PublishAsync(long listId, CancellationToken cancellationToken = default)
    {
        var snapshot = await _store.ReadAsync(listId, cancellationToken).ConfigureAwait(false);
        return snapshot is null || !IsOwn(snapshot.Info) ? null : Sign(snapshot);
    }

    /// <summary>
    /// The current state of one list as a JSON <c>BitstringStatusListCredential</c> with an <c>eddsa-rdfc-2022</c> Data
    /// Integrity proof (the same bits as <see cref="PublishAsync"/>'s token), for clients that ask for
    /// <c>application/vc+ld+json</c>; <see langword="null"/> when the id is unknown, the list is another issuer's, or
    /// the issuer key is not Ed25519 (the EdDSA cryptosuites take no other key).
    /// </summary>
    public async Task<string?> PublishDataIntegrityAsync(long listId, CancellationToken cancellationToken = default)
    {
        var snapshot = await _store.ReadAsync(listId, cancellationToken).ConfigureAwait(false);
        if (snapshot is null || !IsOwn(snapshot.Info) || _key.Key.Type != KeyType.Ed25519)
        {
            return null;
        }

        var signed = await DataIntegrityProofs.SignAsync(
            Build(snapshot), _key.Key, _key.KeyId, new DataIntegrityOptions { Cryptosuite = Cryptosuites.EddsaRdfc2022, TimeProvider = _time }, cancellationToken).ConfigureAwait(false);
        return signed.ToJsonString(VcJwtSigner.PayloadJson);
    }

    /// <summary>Whether the issuer key can sign the Data Integrity form (<see cref="PublishDataIntegrityAsync"/>).</summary>
    public bool CanPublishDataIntegrity => _key.Key.Type == KeyType.Ed25519;

    /// <summary>Whether <paramref name="list"/> holds this publisher's issuer's credentials.</summary>
    public bool IsOwn(StatusListInfo list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return string.Equals(list.Issuer, _key.Did, StringComparison.Ordinal);
    }

    /// <summary>Signs the current state of every list of this issuer, oldest first; other issuers' lists are left out.</summary>
    public async Task<IReadOnlyList<PublishedStatusList>> PublishAllAsync(CancellationToken cancellationToken = default)
    {
        var lists = await _store.ListAsync(cancellationToken).ConfigureAwait(false);
        var published = new List<PublishedStatusList>(lists.Count);
        foreach (var info in lists.Where(IsOwn))
        {
            if (await PublishAsync(info.Id, cancellationToken).ConfigureAwait(false) is { } list)
            {
                published.Add(list);
            }
        }

        return published;
    }

    /// <summary>The unsigned status-list credential for a snapshot.</summary>
    public JsonObject Build(StatusListSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var url = _urls.ListUrl(snapshot.Info.Id);
        var now = _time.GetUtcNow();

        // Whole seconds, as the JWT dates of the credentials themselves.
        var validFrom = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var list = new JsonObject
        {
            ["@context"] = new JsonArray(Vcdm2Context),
            ["id"] = url,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = _key.Did,
            ["validFrom"] = Stamp(validFrom),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = url + "#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = snapshot.Info.Purpose.ToName(),
                ["encodedList"] = snapshot.Bits.Encode(),
            },
        };
        if (ValidFor is { } validFor)
        {
            list["validUntil"] = Stamp(validFrom + validFor);
        }

        if (TimeToLive is { } ttl)
        {
            list["credentialSubject"]!["ttl"] = (long)ttl.TotalMilliseconds;
        }

        return list;
    }

    private static string Stamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private PublishedStatusList Sign(StatusListSnapshot snapshot)
    {
        // The digest covers everything the signed list says that can change: the purpose and the bits.
        var digest = SHA256.HashData(snapshot.Bits.AsSpan());
        var now = _time.GetUtcNow();
        if (_signed.TryGetValue(snapshot.Info.Id, out var known)
            && known.List.Purpose == snapshot.Info.Purpose
            && known.Digest.AsSpan().SequenceEqual(digest)
            && now >= known.SignedAt && now - known.SignedAt < ResignAfter)
        {
            return known.List;
        }

        var url = _urls.ListUrl(snapshot.Info.Id);
        var list = new PublishedStatusList(snapshot.Info.Id, snapshot.Info.Purpose, url, _signer.SignJose(Build(snapshot)));
        _signed[snapshot.Info.Id] = new Signed(digest, now, list);
        return list;
    }

    private sealed record Signed(byte[] Digest, DateTimeOffset SignedAt, PublishedStatusList List);
}
