using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Jws;

namespace Credentials.Proofs.Formats;

/// <summary>What a format needs to verify a proof: keys, clock, and the operator's seal anchors.</summary>
public sealed record ProofContext
{
    /// <summary>Resolves verification methods.</summary>
    public required DidResolver Resolver { get; init; }

    /// <summary>The one JWS policy.</summary>
    public required JwsVerifier Jws { get; init; }

    /// <summary>The clock.</summary>
    public required TimeProvider Time { get; init; }

    /// <summary>Tolerance for clocks that disagree.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>CA certificates seal certificates must chain to.</summary>
    public X509Certificate2Collection SealTrustAnchors { get; init; } = [];

    /// <summary>CA certificates the time-stamping authorities of seal time-stamps must chain to.</summary>
    public X509Certificate2Collection TsaTrustAnchors { get; init; } = [];

    /// <summary>Where seal and TSA anchors came from (trusted list, service, status), by certificate SHA-256 hex.</summary>
    public IReadOnlyDictionary<string, string> AnchorNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Verified EU trusted lists whose services are seal and TSA anchors at the time each chain is judged.</summary>
    public IReadOnlyList<TrustedLists.TrustedList> TrustedLists { get; init; } = [];

    /// <summary>Fetches seal revocation data from the operator's allowed hosts; null: nothing is fetched.</summary>
    public Jades.RevocationFetcher? RevocationFetcher { get; init; }

    /// <summary>What an SD-JWT's key binding must answer; null: a key binding is checked when present, but not required.</summary>
    public SdJwt.KeyBindingExpectation? KeyBinding { get; init; }

    /// <summary>The input limit, for formats that parse again.</summary>
    public int MaxInputBytes { get; init; } = 2 * 1024 * 1024;
}
