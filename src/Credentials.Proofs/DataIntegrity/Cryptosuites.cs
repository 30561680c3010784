namespace Credentials.Proofs.DataIntegrity;

/// <summary>The Data Integrity cryptosuites this library creates and verifies (VC-DI-EdDSA 1.0 §3).</summary>
public static class Cryptosuites
{
    /// <summary>Ed25519 over RDFC-1.0 canonical N-Quads (VC-DI-EdDSA 1.0 §3.3).</summary>
    public const string EddsaRdfc2022 = "eddsa-rdfc-2022";

    /// <summary>Ed25519 over RFC 8785 canonical JSON (VC-DI-EdDSA 1.0 §3.4).</summary>
    public const string EddsaJcs2022 = "eddsa-jcs-2022";

    /// <summary>The proof <c>type</c> both cryptosuites use.</summary>
    public const string DataIntegrityProofType = "DataIntegrityProof";

    /// <summary>True for a cryptosuite name this library implements.</summary>
    /// <param name="name">The <c>cryptosuite</c> value.</param>
    /// <returns>True when supported.</returns>
    public static bool IsSupported(string? name) => name is EddsaRdfc2022 or EddsaJcs2022;
}
