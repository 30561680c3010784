using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>Operator settings for <see cref="JadesVerifier"/>.</summary>
public sealed class JadesVerificationOptions
{
    /// <summary>The CA certificates (or individual seal certificates) the operator trusts. Empty means trust is Indeterminate.</summary>
    public X509Certificate2Collection TrustAnchors { get; init; } = [];

    /// <summary>
    /// The time-stamping authorities' CA certificates (or TSA certificates) the operator trusts. A seal's signature
    /// time-stamp is a proof of existence only when its TSA chains to one of them; empty means no time-stamp is validated.
    /// </summary>
    public X509Certificate2Collection TsaTrustAnchors { get; init; } = [];

    /// <summary>
    /// Where anchors came from, by <see cref="TrustedLists.TrustedListAnchors.Key"/> (e.g. the trusted list, service and
    /// status); a chain that reaches a named anchor says so in its message.
    /// </summary>
    public IReadOnlyDictionary<string, string> AnchorNames { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// EU trusted lists (already verified) whose services are anchors at the time each chain is judged: the granted
    /// qualified CAs for seals at the seal's proof of existence (else now), the granted qualified time-stamping services
    /// at the time-stamp's own time, by the status that applied then (ETSI TS 119 612 §5.5.10). Added to
    /// <see cref="TrustAnchors"/> and <see cref="TsaTrustAnchors"/>; a chain ending at such an anchor names the list,
    /// the service and its status.
    /// </summary>
    public IReadOnlyList<TrustedLists.TrustedList> TrustedLists { get; init; } = [];

    /// <summary>The clock; the time a chain is judged at when a seal has no validated time-stamp, and the limit for future times.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Inputs larger than this many UTF-8 bytes are refused before parsing (2 MiB by default).</summary>
    public int MaxInputBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>How far a signing time may lie ahead of the clock before it is refused.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Fetches CRLs (the certificate's CRL distribution points) and OCSP responses (its authority information access)
    /// from hosts the operator allows when the seal's own values do not decide the revocation of its chain or of its
    /// time-stamping authority's chain; used by
    /// <see cref="JadesVerifier.VerifyAsync"/> only. Null: nothing is fetched.
    /// </summary>
    public RevocationFetcher? RevocationFetcher { get; init; }

    /// <summary>Revocation values fetched for this verification, added to those the seal carries.</summary>
    internal RevocationValues? Fetched { get; init; }

    /// <summary>What fetching did, for the message when revocation stays unknown.</summary>
    internal string FetchNote { get; init; } = "nothing is fetched";

    /// <summary>A copy with fetched revocation values.</summary>
    internal JadesVerificationOptions WithFetched(RevocationValues fetched, string note) => new()
    {
        TrustAnchors = TrustAnchors,
        TsaTrustAnchors = TsaTrustAnchors,
        AnchorNames = AnchorNames,
        TrustedLists = TrustedLists,
        TimeProvider = TimeProvider,
        MaxInputBytes = MaxInputBytes,
        ClockSkew = ClockSkew,
        RevocationFetcher = RevocationFetcher,
        Fetched = fetched,
        FetchNote = note,
    };

    /// <summary>The seal anchors at <paramref name="at"/>: the configured ones and the trusted lists' services granted then, with their names.</summary>
    internal (X509Certificate2Collection Anchors, IReadOnlyDictionary<string, string> Names) SealAnchorsAt(DateTimeOffset at) =>
        WithLists(TrustAnchors, at, a => a.SealAnchors);

    /// <summary>The TSA anchors at <paramref name="at"/>: the configured ones and the trusted lists' services granted then, with their names.</summary>
    internal (X509Certificate2Collection Anchors, IReadOnlyDictionary<string, string> Names) TsaAnchorsAt(DateTimeOffset at) =>
        WithLists(TsaTrustAnchors, at, a => a.TsaAnchors);

    private (X509Certificate2Collection, IReadOnlyDictionary<string, string>) WithLists(
        X509Certificate2Collection configured, DateTimeOffset at, Func<TrustedLists.TrustedListAnchors, X509Certificate2Collection> role)
    {
        if (TrustedLists.Count == 0)
        {
            return (configured, AnchorNames);
        }

        var fromLists = Credentials.Proofs.TrustedLists.TrustedListAnchors.From(TrustedLists, at);
        var anchors = new X509Certificate2Collection(configured);
        anchors.AddRange(role(fromLists));
        var names = new Dictionary<string, string>(AnchorNames, StringComparer.Ordinal);
        foreach (var (key, name) in fromLists.Names)
        {
            names[key] = name;
        }

        return (anchors, names);
    }

    /// <summary>
    /// Loads a PEM bundle of CA certificates into a collection, for <see cref="TrustAnchors"/> or <see cref="TsaTrustAnchors"/>.
    /// </summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The PEM holds no readable certificate.</exception>
    public static X509Certificate2Collection LoadAnchors(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var anchors = new X509Certificate2Collection();
        anchors.ImportFromPem(pem);
        if (anchors.Count == 0)
        {
            throw new System.Security.Cryptography.CryptographicException("the PEM bundle holds no certificate");
        }

        return anchors;
    }
}
