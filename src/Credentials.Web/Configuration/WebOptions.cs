namespace Credentials.Web.Configuration;

/// <summary>
/// The <c>Credentials</c> configuration section. Relative paths resolve against <see cref="DataDirectory"/> when it is
/// set, else against the folder the service runs from (never the working directory or the source tree).
/// </summary>
internal sealed class WebOptions
{
    public const string Section = "Credentials";

    /// <summary>The base of every relative path below (key folder, registry file, trust and DID files); relative to the app folder.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Lets a Production service start with the published TEST-ONLY issuer key or the demo API key.</summary>
    public bool AllowDemoKeys { get; set; }

    /// <summary>Key folder (or private JWK file) the service issues with.</summary>
    public string? IssuerKeyPath { get; set; }

    /// <summary>Trusted-issuers JSON file; none: trust is reported as not configured.</summary>
    public string? TrustedIssuersPath { get; set; }

    /// <summary>A PEM bundle of CA certificates that JAdES seal certificates must chain to; none: seal trust is Indeterminate.</summary>
    public string? SealTrustAnchorsPath { get; set; }

    /// <summary>A PEM bundle of CA certificates of the time-stamping authorities whose seal time-stamps are accepted; none: no time-stamp is validated.</summary>
    public string? TsaTrustAnchorsPath { get; set; }

    /// <summary>EU trusted lists (ETSI TS 119 612 XML files the operator downloads); their granted qualified seal CAs and TSAs become anchors.</summary>
    public IList<string> TrustedListPaths { get; } = [];

    /// <summary>A PEM bundle of the certificates the trusted lists must be signed with; required with <see cref="TrustedListPaths"/>.</summary>
    public string? TrustedListSignersPath { get; set; }

    /// <summary>The EU list of trusted lists (XML file, signed by <see cref="TrustedListSignersPath"/>); when set, each of <see cref="TrustedListPaths"/> is verified with the signers it names for that list's territory.</summary>
    public string? TrustedListOfListsPath { get; set; }

    /// <summary>Local DID documents (files) for did:web issuers; nothing is fetched over the network.</summary>
    public IList<string> DidDocuments { get; } = [];

    /// <summary>The address the service is reached at, for links it publishes.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>SHA-256 hashes (hex) of the API keys that may issue.</summary>
    public IList<string> ApiKeySha256 { get; } = [];

    /// <summary>Largest accepted request body, in bytes (design §8: 2 MiB).</summary>
    public int MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Per-client fixed-window limit on the public verification endpoints.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// Per-client limit on the verification page's posts (check, report, presentation): sized for an office behind one
    /// address, 600 per 60 seconds.
    /// </summary>
    public RateLimitOptions PageRateLimit { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    /// <summary>
    /// The registry: a SQLite file (relative to the content root) or connection string, or a PostgreSQL connection
    /// string (<c>Host=…</c>) for several instances sharing one registry.
    /// </summary>
    public string Database { get; set; } = "credentials.db";

    /// <summary>Keep each issued credential in the registry, not only its SHA-256 (batch results need it).</summary>
    public bool StoreCredentialContent { get; set; } = true;

    /// <summary>How long caches may keep a status list served by <c>GET /status/{id}</c>.</summary>
    public int StatusListMaxAgeSeconds { get; set; } = 300;

    /// <summary>How long a status list signed by <c>GET /status/{id}</c> stays valid (its <c>validUntil</c>); its <c>ttl</c> is <see cref="StatusListMaxAgeSeconds"/>.</summary>
    public int StatusListValidMinutes { get; set; } = 1440;

    /// <summary>Hosts whose status lists the verifier may fetch over HTTPS (our own lists are read from the registry).</summary>
    public IList<string> AllowedStatusListHosts { get; } = [];

    /// <summary>Hosts whose <c>did:web</c> documents the verifier may fetch over HTTPS (configured files come first).</summary>
    public IList<string> AllowedDidWebHosts { get; } = [];

    /// <summary>OCSP and CRL fetching for seals without revocation values (<c>Credentials:RevocationFetch:AllowedHosts</c>); the timeout is <see cref="FetchTimeoutSeconds"/>.</summary>
    public RevocationFetchOptions RevocationFetch { get; set; } = new();

    /// <summary>
    /// Addresses of reverse proxies (besides loopback, always trusted) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> the service believes: the client address then drives the rate limit.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>PEM seal certificate (with its chain) that signs the learners' PDF certificates (PAdES); none: PDFs are unsigned.</summary>
    public string? PdfSealCertificatePath { get; set; }

    /// <summary>PEM private key of <see cref="PdfSealCertificatePath"/>.</summary>
    public string? PdfSealKeyPath { get; set; }

    /// <summary>Lifetime of a share link made without an expiry, in months (6).</summary>
    public int ShareLinkDefaultMonths { get; set; } = 6;

    /// <summary>The longest lifetime a share link may be given, in months (12).</summary>
    public int ShareLinkMaxMonths { get; set; } = 12;

    /// <summary>LinkedIn organisation ids per issuer for "Add to profile"; an issuer without one is named instead.</summary>
    public IList<LinkedInOrganization> LinkedInOrganizations { get; } = [];

    /// <summary>
    /// Folder for the Data Protection keys that encrypt the issuer page's sign-in and antiforgery cookies; none: kept in
    /// ASP.NET Core's default place (the user profile when there is one, else memory), which several instances do not share.
    /// </summary>
    public string? DataProtectionKeysPath { get; set; }

    /// <summary>Timeout of one such fetch.</summary>
    public int FetchTimeoutSeconds { get; set; } = 5;

    /// <summary>Tolerance, in seconds, for clocks that disagree, applied to every validity bound; 0 allowed. Default 300.</summary>
    public int ClockSkewSeconds { get; set; } = 300;

    /// <summary>
    /// How many credentials' structural verdicts (shapes, Annex I schema, vocabularies) are remembered by their bytes;
    /// 0: none, every credential is checked in full. Default 4096.
    /// </summary>
    public int StructureMemoryCapacity { get; set; } = 4096;
}
