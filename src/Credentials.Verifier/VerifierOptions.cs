using Credentials.Verifier.Trust;

namespace Credentials.Verifier;

/// <summary>How a <see cref="CredentialVerifier"/> judges credentials.</summary>
public sealed record VerifierOptions
{
    /// <summary>The default input limit: 2 MiB (design §8).</summary>
    public const int DefaultMaxInputBytes = 2 * 1024 * 1024;

    /// <summary>Inputs larger than this are refused before parsing.</summary>
    public int MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>Tolerance for clocks that disagree, applied to every validity bound. Default 5 minutes.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// What an SD-JWT VC's Key Binding JWT must answer (nonce, audience, age); null: a key binding is checked when
    /// present (holder signature, <c>sd_hash</c>) but not required.
    /// </summary>
    public Proofs.SdJwt.KeyBindingExpectation? KeyBinding { get; init; }

    /// <summary>The issuers this verifier trusts; null when none is configured (trust is then Indeterminate).</summary>
    public TrustedIssuers? TrustedIssuers { get; init; }

    /// <summary>CA certificates that JAdES seal certificates must chain to; empty: seal trust is Indeterminate.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2Collection SealTrustAnchors { get; init; } = [];

    /// <summary>
    /// CA certificates of the time-stamping authorities whose signature time-stamps prove when a seal existed; empty:
    /// no time-stamp is validated, and seal certificates are judged now.
    /// </summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2Collection TsaTrustAnchors { get; init; } = [];

    /// <summary>
    /// Fetches OCSP responses or CRLs for seal certificates whose seal carries no deciding revocation data, only from
    /// the hosts the operator allowed; null: nothing is fetched and such revocation stays Indeterminate.
    /// </summary>
    public Proofs.Jades.RevocationFetcher? RevocationFetcher { get; init; }

    /// <summary>Where seal and TSA anchors came from (e.g. an EU trusted list's service and status), by certificate SHA-256 hex.</summary>
    public IReadOnlyDictionary<string, string> AnchorNames { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Verified EU trusted lists: their granted qualified CAs for seals are seal anchors at the seal's proof of
    /// existence (else now), their granted qualified time-stamping services TSA anchors at the time-stamp's time, by the
    /// status that applied then (current status or ServiceHistory). The trust check then names the list, service and status.
    /// </summary>
    public IReadOnlyList<Proofs.TrustedLists.TrustedList> TrustedLists { get; init; } = [];

    /// <summary>When set, only these checks run (by name); the others are reported as Skipped. Format always runs.</summary>
    public IReadOnlySet<string>? OnlyChecks { get; init; }

    /// <summary>
    /// Where structural verdicts of credentials already checked are kept (see <see cref="StructureMemory"/>); null:
    /// every credential is checked from scratch. Copies made with <c>with</c> share it.
    /// </summary>
    public StructureMemory? StructureMemory { get; init; } = new();
}
