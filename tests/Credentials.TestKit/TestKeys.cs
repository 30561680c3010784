using Credentials.Model.Ports;
using Credentials.Proofs.Keys;

namespace Credentials.TestKit;

/// <summary>The TEST-ONLY issuer keys of <c>keys.example/</c>.</summary>
public static class TestKeys
{
    private static readonly Lazy<IssuerKey> LazyNorthern = new(() => KeyDirectory.Load(RepositoryPaths.InRepo("keys.example", "northern-university")));
    private static readonly Lazy<IssuerKey> LazyVastra = new(() => KeyDirectory.Load(RepositoryPaths.InRepo("keys.example", "vastra-hogskolan")));

    /// <summary>Northern University of Technology: Ed25519, did:key.</summary>
    public static IssuerKey Northern => LazyNorthern.Value;

    /// <summary>Västra högskolan: P-256, did:web:vastra.example.</summary>
    public static IssuerKey Vastra => LazyVastra.Value;

    /// <summary>The trusted-issuers file that lists both.</summary>
    public static string TrustedIssuersPath => RepositoryPaths.InRepo("keys.example", "trusted-issuers.json");

    /// <summary>Serves the did:web document of Västra högskolan, as a host that publishes it would.</summary>
    public static IDidDocumentSource DidDocuments { get; } = new InMemoryDidDocuments(
        File.ReadAllText(RepositoryPaths.InRepo("keys.example", "vastra-hogskolan", KeyDirectory.DidDocumentFile)));
}
