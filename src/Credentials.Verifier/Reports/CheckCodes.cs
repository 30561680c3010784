namespace Credentials.Verifier.Reports;

/// <summary>
/// The stable codes a report uses. A code never changes meaning once released; messages may be reworded.
/// Plain-language texts in English, Finnish and Swedish are in <see cref="CheckTexts"/>.
/// </summary>
public static class CheckCodes
{
#pragma warning disable CS1591 // The names say it; CheckTexts holds the sentences.
    public const string FormatOk = "format.ok";
    public const string FormatTooLarge = "format.too-large";
    public const string FormatUnreadable = "format.unreadable";
    public const string FormatMalformedJws = "format.malformed-jws";
    public const string FormatDuplicateMember = "format.duplicate-member";
    public const string FormatNotACredential = "format.not-a-credential";
    public const string FormatClaimsMismatch = "format.claims-mismatch";
    public const string SchemaValid = "schema.valid";
    public const string SchemaInvalid = "schema.invalid";
    public const string SchemaNotApplicable = "schema.not-applicable";
    public const string SchemaSkipped = "schema.skipped";
    public const string ProofValid = "proof.valid";
    public const string ProofSignatureInvalid = "proof.signature-invalid";
    public const string ProofAlgorithmNotAllowed = "proof.algorithm-not-allowed";
    public const string ProofKeyMissing = "proof.key-missing";
    public const string ProofKeyInvalid = "proof.key-invalid";
    public const string ProofKeyUnresolved = "proof.key-unresolved";
    public const string ProofKeyNotIssuers = "proof.key-not-issuers";
    public const string ProofUnsupportedHeader = "proof.unsupported-header";
    public const string ProofMissing = "proof.missing";
    public const string ProofUnsupported = "proof.unsupported";
    public const string ProofSkipped = "proof.skipped";
    public const string IssuerValid = "issuer.valid";
    public const string IssuerMissing = "issuer.missing";
    public const string IssuerKeyNotControlled = "issuer.key-not-controlled";
    public const string IssuerSkipped = "issuer.skipped";
    public const string ValidityValid = "validity.valid";
    public const string ValidityNotYetValid = "validity.not-yet-valid";
    public const string ValidityExpired = "validity.expired";
    public const string ValidityMalformedDate = "validity.malformed-date";
    public const string ValiditySkipped = "validity.skipped";
    public const string StatusNone = "status.none";
    public const string StatusUnchecked = "status.unchecked";
    public const string StatusSkipped = "status.skipped";
    public const string StatusActive = "status.active";
    public const string StatusRevoked = "status.revoked";
    public const string StatusSuspended = "status.suspended";
    public const string StatusListUnavailable = "status.list-unavailable";
    public const string StatusListInvalid = "status.list-invalid";
    public const string StatusIndexOutOfRange = "status.index-out-of-range";
    public const string TrustTrusted = "trust.trusted";
    public const string TrustIssuerUnknown = "trust.issuer-unknown";
    public const string TrustNotConfigured = "trust.not-configured";
    public const string TrustSkipped = "trust.skipped";
#pragma warning restore CS1591
}
