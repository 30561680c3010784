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
    public const string SchemaShaclConforms = "schema.shacl-conforms";
    public const string SchemaShaclViolation = "schema.shacl-violation";
    public const string SchemaShaclWarning = "schema.shacl-warning";
    public const string SchemaShapeUnknown = "schema.shape-unknown";
    public const string SchemaRdfUnreadable = "schema.rdf-unreadable";
    public const string SchemaAnnexIncomplete = "schema.annex-incomplete";
    public const string SchemaVocabularyInvalid = "schema.vocabulary-invalid";
    public const string SchemaVocabularyUnknown = "schema.vocabulary-unknown";
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
    public const string FormatPayloadNotJson = "format.payload-not-json";
    public const string ProofTypeUnsupported = "proof.type-unsupported";
    public const string ProofCryptosuiteUnsupported = "proof.cryptosuite-unsupported";
    public const string ProofPurposeMissing = "proof.purpose-missing";
    public const string ProofPurposeMismatch = "proof.purpose-mismatch";
    public const string ProofVerificationMethodMissing = "proof.verification-method-missing";
    public const string ProofValueMalformed = "proof.value-malformed";
    public const string ProofDateMalformed = "proof.date-malformed";
    public const string ProofExpired = "proof.expired";
    public const string ProofUndefinedTerm = "proof.undefined-term";
    public const string ProofTransformationFailed = "proof.transformation-failed";
    public const string ProofControllerMismatch = "proof.controller-mismatch";
    public const string ProofChallengeMismatch = "proof.challenge-mismatch";
    public const string ProofDomainMismatch = "proof.domain-mismatch";
    public const string ProofPreviousProofMissing = "proof.previous-proof-missing";
    public const string ProofHeaderInvalid = "proof.header-invalid";
    public const string ProofCritUnsupported = "proof.crit-unsupported";
    public const string ProofCertificateMissing = "proof.certificate-missing";
    public const string ProofCertificateInvalid = "proof.certificate-invalid";
    public const string ProofCertificateMismatch = "proof.certificate-mismatch";
    public const string ProofSigningTimeMissing = "proof.signing-time-missing";
    public const string ProofSigningTimeInFuture = "proof.signing-time-in-future";
    public const string ProofTimestampInvalid = "proof.timestamp-invalid";
    public const string ProofCertificateExpired = "proof.certificate-expired";
    public const string ProofCertificateNotYetValid = "proof.certificate-not-yet-valid";
    public const string IssuerSealNotBound = "issuer.seal-not-bound";
    public const string TrustNoAnchor = "trust.no-anchor";
    public const string TrustChainInvalid = "trust.chain-invalid";
#pragma warning restore CS1591
}
