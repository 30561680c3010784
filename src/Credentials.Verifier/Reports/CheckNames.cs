namespace Credentials.Verifier.Reports;

/// <summary>The checks, in the order they run (design §4).</summary>
public static class CheckNames
{
    /// <summary>Parse, size limit, duplicate JSON members, envelope.</summary>
    public const string Format = "format";

    /// <summary>JSON Schema of the profile.</summary>
    public const string Schema = "schema";

    /// <summary>Signature, algorithm allow-list, key resolution.</summary>
    public const string Proof = "proof";

    /// <summary>The signing key's controller is the credential's issuer.</summary>
    public const string Issuer = "issuer";

    /// <summary>Validity period against the injected clock.</summary>
    public const string Validity = "validity";

    /// <summary>Revocation and suspension.</summary>
    public const string Status = "status";

    /// <summary>The issuer is a trusted one.</summary>
    public const string Trust = "trust";

    /// <summary>All checks in order.</summary>
    public static readonly IReadOnlyList<string> All = [Format, Schema, Proof, Issuer, Validity, Status, Trust];
}
