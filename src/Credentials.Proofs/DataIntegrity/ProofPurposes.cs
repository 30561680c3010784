namespace Credentials.Proofs.DataIntegrity;

/// <summary>Proof purposes (VC Data Integrity 1.0 §2.2, DID Core 1.0 §5.3 verification relationships).</summary>
public static class ProofPurposes
{
    /// <summary>The issuer asserts the credential: what credentials use.</summary>
    public const string AssertionMethod = "assertionMethod";

    /// <summary>The holder authenticates: what presentations use, with <c>challenge</c> and <c>domain</c>.</summary>
    public const string Authentication = "authentication";
}
