namespace Credentials.Web.Configuration;

/// <summary>The <c>Credentials</c> configuration section. Relative paths resolve against the content root.</summary>
internal sealed class WebOptions
{
    public const string Section = "Credentials";

    /// <summary>Key folder (or private JWK file) the service issues with.</summary>
    public string? IssuerKeyPath { get; set; }

    /// <summary>Trusted-issuers JSON file; none: trust is reported as not configured.</summary>
    public string? TrustedIssuersPath { get; set; }

    /// <summary>A PEM bundle of CA certificates that JAdES seal certificates must chain to; none: seal trust is Indeterminate.</summary>
    public string? SealTrustAnchorsPath { get; set; }

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

    /// <summary>Database connection string (SQLite file by default); unused until batch issuance and status lists land.</summary>
    public string? Database { get; set; }
}
