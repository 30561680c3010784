using Credentials.Model.Input;
using Credentials.Proofs.Keys;

namespace Credentials.Issuer.Issuing;

/// <summary>Which issuer key types each <see cref="SecuringFormat"/> can sign with: the one place this is decided.</summary>
public static class SecuringFormats
{
    /// <summary>The problem code when the issuer key cannot sign in the requested format.</summary>
    public const string KeyTypeUnsupported = "issue.key-type-unsupported";

    /// <summary>
    /// True when a key of <paramref name="type"/> can secure a credential as <paramref name="format"/>: VC-JWT takes
    /// Ed25519 (EdDSA) and P-256 (ES256); the Data Integrity cryptosuites eddsa-rdfc-2022 and eddsa-jcs-2022 are
    /// Ed25519 only (VC-DI-EdDSA §3); a JAdES seal signs with its own certificate's key, whatever the issuer key.
    /// </summary>
    public static bool Supports(SecuringFormat format, KeyType type) => format switch
    {
        SecuringFormat.Jwt => type is KeyType.Ed25519 or KeyType.P256,
        SecuringFormat.DataIntegrityRdfc or SecuringFormat.DataIntegrityJcs => type == KeyType.Ed25519,
        SecuringFormat.Jades => true,
        _ => false,
    };

    /// <summary>The problem to report when the key cannot sign in the format; null when it can.</summary>
    public static ModelProblem? KeyProblem(SecuringFormat format, KeyType type) => Supports(format, type)
        ? null
        : new ModelProblem(string.Empty, KeyTypeUnsupported, $"{Name(format)} cannot be signed with a {Name(type)} key: {Accepted(format)}.");

    private static string Accepted(SecuringFormat format) => format switch
    {
        SecuringFormat.Jwt => "VC-JWT takes Ed25519 (EdDSA) or P-256 (ES256) keys",
        _ => "the Data Integrity formats di-rdfc and di-jcs (eddsa-rdfc-2022, eddsa-jcs-2022) take Ed25519 keys only; use --format jwt for a P-256 key, or make an Ed25519 key with 'credentials keygen --type ed25519'",
    };

    private static string Name(SecuringFormat format) => format switch
    {
        SecuringFormat.Jwt => "A VC-JWT",
        SecuringFormat.DataIntegrityRdfc => "A Data Integrity proof (eddsa-rdfc-2022)",
        SecuringFormat.DataIntegrityJcs => "A Data Integrity proof (eddsa-jcs-2022)",
        _ => "A JAdES seal",
    };

    private static string Name(KeyType type) => type == KeyType.P256 ? "P-256" : "Ed25519";
}
