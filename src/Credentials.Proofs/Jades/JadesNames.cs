namespace Credentials.Proofs.Jades;

/// <summary>JSON member names of the JWS JSON serialization (RFC 7515 §7.2) and JAdES (ETSI TS 119 182-1).</summary>
internal static class JadesNames
{
    public const string Payload = "payload";
    public const string Signatures = "signatures";
    public const string Protected = "protected";
    public const string Header = "header";
    public const string Signature = "signature";

    public const string Alg = "alg";
    public const string B64 = "b64";
    public const string Crit = "crit";
    public const string Typ = "typ";
    public const string Cty = "cty";
    public const string X5c = "x5c";
    public const string X5tS256 = "x5t#S256";
    public const string Kid = "kid";
    public const string SigT = "sigT";
    public const string AdoTst = "adoTst";

    public const string EtsiU = "etsiU";
    public const string SigTst = "sigTst";
    public const string TstTokens = "tstTokens";
    public const string Val = "val";

    /// <summary>
    /// Names this verifier understands when they are listed in <c>crit</c> (RFC 7515 §4.1.11): <c>b64</c> (RFC 7797),
    /// <c>sigT</c> (used as the signing time), and <c>adoTst</c> (a time-stamp over the signed data; read as
    /// information only, its token is not relied on).
    /// </summary>
    public static readonly IReadOnlySet<string> UnderstoodCritical = new HashSet<string>(StringComparer.Ordinal) { B64, SigT, AdoTst };

    /// <summary>Names RFC 7515 §4.1 and RFC 7518 define, which RFC 7515 §4.1.11 forbids in <c>crit</c>.</summary>
    public static readonly IReadOnlySet<string> Registered = new HashSet<string>(StringComparer.Ordinal)
    {
        Alg, "jku", "jwk", Kid, "x5u", X5c, "x5t", X5tS256, Typ, Cty, Crit,
    };
}
