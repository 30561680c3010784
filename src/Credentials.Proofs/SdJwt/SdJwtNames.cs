namespace Credentials.Proofs.SdJwt;

/// <summary>The SD-JWT (RFC 9901) and SD-JWT VC names, in one place.</summary>
public static class SdJwtNames
{
    /// <summary>The <c>typ</c> of an SD-JWT VC's issuer-signed JWT (SD-JWT VC §3.2.1).</summary>
    public const string CredentialType = "dc+sd-jwt";

    /// <summary>The <c>typ</c> of a Key Binding JWT (RFC 9901 §4.3).</summary>
    public const string KeyBindingType = "kb+jwt";

    /// <summary>The <c>typ</c> of a Token Status List token (Token Status List §5.1).</summary>
    public const string StatusListType = "statuslist+jwt";

    /// <summary>The media type a Token Status List token is served as.</summary>
    public const string StatusListMediaType = "application/statuslist+jwt";

    /// <summary>The one digest algorithm we write and accept (RFC 9901 §4.1.1; the IANA name).</summary>
    public const string Sha256 = "sha-256";

    /// <summary>The claim holding an object's digests (RFC 9901 §4.2.4.1).</summary>
    public const string Digests = "_sd";

    /// <summary>The claim naming the digest algorithm (RFC 9901 §4.1.1).</summary>
    public const string DigestAlgorithm = "_sd_alg";

    /// <summary>The member of an array element that carries a digest (RFC 9901 §4.2.4.2).</summary>
    public const string ArrayDigest = "...";

    /// <summary>The disclosure separator (RFC 9901 §4).</summary>
    public const char Separator = '~';
}
