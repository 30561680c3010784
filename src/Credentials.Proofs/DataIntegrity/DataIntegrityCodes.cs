namespace Credentials.Proofs.DataIntegrity;

/// <summary>The stable codes a Data Integrity proof verification reports. Messages may change; codes may not.</summary>
public static class DataIntegrityCodes
{
    /// <summary>The proof verified.</summary>
    public const string Valid = "proof.valid";

    /// <summary>The document carries no proof at all.</summary>
    public const string Missing = "proof.missing";

    /// <summary>The signature does not match the document and proof options (tampered, or wrong key).</summary>
    public const string SignatureInvalid = "proof.signature-invalid";

    /// <summary>The proof is not a <c>DataIntegrityProof</c> (or not a JSON object).</summary>
    public const string TypeUnsupported = "proof.type-unsupported";

    /// <summary>The <c>cryptosuite</c> is missing or not one this library implements.</summary>
    public const string CryptosuiteUnsupported = "proof.cryptosuite-unsupported";

    /// <summary>The proof has no <c>proofPurpose</c>.</summary>
    public const string PurposeMissing = "proof.purpose-missing";

    /// <summary>The proof's purpose is not the one the verifier expects.</summary>
    public const string PurposeMismatch = "proof.purpose-mismatch";

    /// <summary>The proof has no <c>verificationMethod</c>.</summary>
    public const string VerificationMethodMissing = "proof.verification-method-missing";

    /// <summary>The <c>proofValue</c> is missing or not a base58btc multibase Ed25519 signature.</summary>
    public const string ValueMalformed = "proof.value-malformed";

    /// <summary><c>created</c> or <c>expires</c> is not an XML Schema dateTimeStamp.</summary>
    public const string DateMalformed = "proof.date-malformed";

    /// <summary>The proof's <c>expires</c> has passed (VC Data Integrity 1.0 §2.1).</summary>
    public const string Expired = "proof.expired";

    /// <summary>The document or the proof uses a term or type its contexts do not define (JSON-LD safe mode).</summary>
    public const string UndefinedTerm = "proof.undefined-term";

    /// <summary>The document cannot be canonicalized (invalid JSON-LD, a context that is not bundled, no JCS form,
    /// or the proof's <c>@context</c> is not a prefix of the document's).</summary>
    public const string TransformationFailed = "proof.transformation-failed";

    /// <summary>The verification method could not be resolved to an Ed25519 key.</summary>
    public const string KeyUnresolved = "proof.key-unresolved";

    /// <summary>The verification method's controller is not the expected one (the issuer, or the holder).</summary>
    public const string ControllerMismatch = "proof.controller-mismatch";

    /// <summary>The proof's <c>challenge</c> is not the one the verifier expects.</summary>
    public const string ChallengeMismatch = "proof.challenge-mismatch";

    /// <summary>The proof's <c>domain</c> does not include the one the verifier expects.</summary>
    public const string DomainMismatch = "proof.domain-mismatch";

    /// <summary>A <c>previousProof</c> names a proof id that the proof set does not hold.</summary>
    public const string PreviousProofMissing = "proof.previous-proof-missing";
}
