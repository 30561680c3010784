namespace Credentials.Proofs.SdJwt;

/// <summary>The SD-JWT VC claims that are never selectively disclosable (SD-JWT VC §3.2.2).</summary>
public static class SdJwtClaims
{
    private static readonly HashSet<string> Plain = new(StringComparer.Ordinal)
    {
        "iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "status", "iat", SdJwtNames.Digests, SdJwtNames.DigestAlgorithm, SdJwtNames.ArrayDigest,
    };

    /// <summary>Whether <paramref name="name"/> must stay in the issuer-signed JWT's payload.</summary>
    public static bool MustBePlain(string name) => Plain.Contains(name);
}
