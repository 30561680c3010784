using Credentials.Proofs.Keys;

namespace Credentials.Web.Composition;

/// <summary>
/// The published TEST-ONLY material of <c>keys.example/</c>: anyone can sign with these keys and call with this API
/// key, so a Production service refuses them unless <c>Credentials:AllowDemoKeys</c> says the operator means it.
/// </summary>
internal static class DemoKeys
{
    /// <summary>The demo API key (<c>demo-api-key-not-for-production</c>) as configured, SHA-256 hex.</summary>
    public const string ApiKeySha256 = "53336a65f72081080e228ff84ceb69f6ca8562d1acfb30d5403ac696b0b109ca";

    // did:key of each published key (derived from the public key, so a copied or renamed folder is still recognised):
    // keys.example/northern-university (Ed25519) and keys.example/vastra-hogskolan (P-256, published as did:web).
    private static readonly HashSet<string> PublishedDidKeys = new(StringComparer.Ordinal)
    {
        "did:key:z6MkhrAR46bBQKSegVWeBGNb3V2Njfu3WHndbMGmPcsYiMi1",
        "did:key:zDnaejvbzEcRAtKwwfCJmhLHPBTu1yfCeeN8d7oruFqHjbMVR",
    };

    /// <summary>True when the key is one of the published TEST-ONLY keys.</summary>
    public static bool IsPublished(IssuerKey issuer) => PublishedDidKeys.Contains(issuer.Key.DidKey);

    /// <summary>True when the configured API key hashes include the demo key.</summary>
    public static bool IncludesDemoApiKey(IEnumerable<string> configuredSha256) =>
        configuredSha256.Any(h => string.Equals(h.Trim(), ApiKeySha256, StringComparison.OrdinalIgnoreCase));
}
