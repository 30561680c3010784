namespace Credentials.Proofs.Jades;

/// <summary>The stable problem codes a <see cref="JadesVerification"/> can carry.</summary>
public static class JadesProblemCodes
{
    /// <summary>The input is larger than <see cref="JadesVerificationOptions.MaxInputBytes"/>.</summary>
    public const string TooLarge = "format.too-large";

    /// <summary>The input is not JSON (for example truncated).</summary>
    public const string Unreadable = "format.unreadable";

    /// <summary>A JSON object has the same member twice, or a header name is both protected and unprotected.</summary>
    public const string DuplicateMember = "format.duplicate-member";

    /// <summary>The JSON is not a JWS JSON serialization with exactly one signature.</summary>
    public const string MalformedJws = "format.malformed-jws";

    /// <summary>The payload is not a JSON object.</summary>
    public const string PayloadNotJson = "format.payload-not-json";

    /// <summary>A protected header parameter has the wrong type or form.</summary>
    public const string HeaderInvalid = "proof.header-invalid";

    /// <summary>The <c>alg</c> is not on the allow-list, or does not fit the certificate's key.</summary>
    public const string AlgorithmNotAllowed = "proof.algorithm-not-allowed";

    /// <summary>A <c>crit</c> entry is not understood or not present, or <c>b64: false</c> is not marked critical.</summary>
    public const string CritUnsupported = "proof.crit-unsupported";

    /// <summary>The protected header has no <c>x5c</c> certificate.</summary>
    public const string CertificateMissing = "proof.certificate-missing";

    /// <summary>An <c>x5c</c> entry is not a DER X.509 certificate.</summary>
    public const string CertificateInvalid = "proof.certificate-invalid";

    /// <summary><c>x5t#S256</c> or the IssuerSerial <c>kid</c> does not match <c>x5c[0]</c>.</summary>
    public const string CertificateMismatch = "proof.certificate-mismatch";

    /// <summary>The signature does not verify over the protected header and payload.</summary>
    public const string SignatureInvalid = "proof.signature-invalid";

    /// <summary>The protected header has no <c>sigT</c>, so no signed data says when the seal was made.</summary>
    public const string SigningTimeMissing = "proof.signing-time-missing";

    /// <summary>The signing time is later than the verifier's clock allows.</summary>
    public const string SigningTimeInFuture = "proof.signing-time-in-future";

    /// <summary>The signature time-stamp is malformed or does not cover this signature.</summary>
    public const string TimeStampInvalid = "proof.timestamp-invalid";

    /// <summary>The sealing certificate had expired at the signing time.</summary>
    public const string CertificateExpired = "proof.certificate-expired";

    /// <summary>The sealing certificate was not yet valid at the signing time.</summary>
    public const string CertificateNotYetValid = "proof.certificate-not-yet-valid";

    /// <summary>No trust anchor is configured, so the certificate chain could not be judged.</summary>
    public const string NoAnchor = "trust.no-anchor";

    /// <summary>The certificate does not chain to a configured anchor, or the chain is invalid at the signing time.</summary>
    public const string ChainInvalid = "trust.chain-invalid";
}
