namespace Credentials.Proofs.Presentations;

/// <summary>The base contexts of verifiable presentations and what they imply.</summary>
public static class PresentationContexts
{
    /// <summary>The VC Data Model 1.1 base context.</summary>
    public const string V1 = "https://www.w3.org/2018/credentials/v1";

    /// <summary>The VC Data Model 2.0 base context.</summary>
    public const string V2 = "https://www.w3.org/ns/credentials/v2";

    /// <summary>The type every presentation carries (VC Data Model 2.0 §4.13, 1.1 §4.10).</summary>
    public const string PresentationType = "VerifiablePresentation";

    /// <summary>The VC Data Model 2.0 §4.13.1 type of a credential secured by an enveloping proof.</summary>
    public const string EnvelopedCredentialType = "EnvelopedVerifiableCredential";

    /// <summary>The data URL prefix of an enveloped VC-JOSE credential (VC-JOSE-COSE §3.1.1, 2.0 §4.13.1).</summary>
    public const string EnvelopedJwtPrefix = "data:application/vc+jwt,";

    /// <summary>The VC Data Model 2.0 §4.13.2 type of a presentation secured by an enveloping proof.</summary>
    public const string EnvelopedPresentationType = "EnvelopedVerifiablePresentation";

    /// <summary>The data URL prefixes of an enveloped credential we read: <c>vc+jwt</c>, and plain <c>jwt</c>
    /// (RFC 7519 §10.3.1), which VP-JWTs in the wild use for their inner credentials.</summary>
    public static IReadOnlyList<string> EnvelopedCredentialPrefixes { get; } = [EnvelopedJwtPrefix, "data:application/jwt,"];

    /// <summary>The data URL prefixes of an enveloped presentation we read: <c>vp+jwt</c> (VC-JOSE-COSE §3.1.2) and
    /// plain <c>jwt</c>.</summary>
    public static IReadOnlyList<string> EnvelopedPresentationPrefixes { get; } = ["data:application/vp+jwt,", "data:application/jwt,"];
}
