using Credentials.Model.Ports;
using Credentials.Proofs.Keys;

namespace Credentials.TestKit;

/// <summary>The TEST-ONLY issuer keys of <c>keys.example/</c>.</summary>
public static class TestKeys
{
    private static readonly Lazy<IssuerKey> LazyNorthern = new(() => KeyDirectory.Load(RepositoryPaths.InRepo("keys.example", "northern-university")));
    private static readonly Lazy<IssuerKey> LazyVastra = new(() => KeyDirectory.Load(RepositoryPaths.InRepo("keys.example", "vastra-hogskolan")));
    private static readonly Lazy<SigningKey> LazyLearner = new(() => SigningKey.FromPrivateJwk(new Jwk
    {
        Kty = "OKP",
        Crv = "Ed25519",
        D = System.Buffers.Text.Base64Url.EncodeToString(Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")),
    }));

    /// <summary>Northern University of Technology: Ed25519, did:key.</summary>
    public static IssuerKey Northern => LazyNorthern.Value;

    /// <summary>Västra högskolan: P-256, did:web:vastra.example.</summary>
    public static IssuerKey Vastra => LazyVastra.Value;

    /// <summary>
    /// The learner of the Northern sample: <c>samples/valid/northern-university-aijala</c>'s <c>credentialSubject.id</c>
    /// is this key's did:key, so presentations signed with it are the learner presenting their own credential. Its seed
    /// is the published RFC 8032 §7.1 test 1 seed: TEST-ONLY.
    /// </summary>
    public static SigningKey Learner => LazyLearner.Value;

    /// <summary>The trusted-issuers file that lists both.</summary>
    public static string TrustedIssuersPath => RepositoryPaths.InRepo("keys.example", "trusted-issuers.json");

    /// <summary>Serves the did:web document of Västra högskolan, as a host that publishes it would.</summary>
    public static IDidDocumentSource DidDocuments { get; } = new InMemoryDidDocuments(
        File.ReadAllText(RepositoryPaths.InRepo("keys.example", "vastra-hogskolan", KeyDirectory.DidDocumentFile)));
}
