using Credentials.Proofs.Findings;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>
/// W3C Data Integrity proofs (VC Data Integrity 1.0) with the EdDSA cryptosuites of VC-DI-EdDSA 1.0:
/// <c>eddsa-rdfc-2022</c> and <c>eddsa-jcs-2022</c>; proof sets and <c>previousProof</c> chains.
/// </summary>
public static class DataIntegrityProofs
{
    /// <summary>
    /// Adds a <c>DataIntegrityProof</c> to a copy of <paramref name="credential"/> (VC Data Integrity 1.0 §4.2; §4.3
    /// when it already has proofs: the new proof joins the proof set, and signs over the proofs named in
    /// <see cref="DataIntegrityOptions.PreviousProof"/>). A document whose contexts define neither the VC 2.0 nor the
    /// Data Integrity terms (a VCDM 1.1 credential) gets <c>https://w3id.org/security/data-integrity/v2</c> appended
    /// to its <c>@context</c>.
    /// </summary>
    /// <param name="credential">The credential (or presentation); not modified.</param>
    /// <param name="key">An Ed25519 key.</param>
    /// <param name="verificationMethod">The id of the key's verification method, e.g. <c>did:key:z6Mk…#z6Mk…</c>.</param>
    /// <param name="options">Cryptosuite, purpose, created, challenge, domain, id, previousProof.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A new object: the credential with <c>proof</c> set.</returns>
    /// <exception cref="ArgumentException">The key is not Ed25519, the cryptosuite is unknown, a previousProof id is
    /// not in the document, or the document cannot be canonicalized (for <c>eddsa-rdfc-2022</c>: a term or type its
    /// contexts do not define, or a context that is not bundled).</exception>
    public static Task<JsonObject> SignAsync(
        JsonObject credential,
        SigningKey key,
        string verificationMethod,
        DataIntegrityOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(verificationMethod);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ProofSigner.Sign(credential, key, verificationMethod, options ?? new DataIntegrityOptions()));
    }

    /// <summary>
    /// Verifies every proof of a secured document (VC Data Integrity 1.0 §4.4, §4.5). Never throws for a bad document:
    /// each proof gets an outcome and a code from <see cref="CheckCodes"/>.
    /// </summary>
    /// <param name="securedDocument">The credential or presentation with its <c>proof</c> (one object or a set).</param>
    /// <param name="resolver">Resolves verification methods (did:key, did:jwk, did:web through its port).</param>
    /// <param name="options">Expected purpose, challenge, domain and controller; controller documents.</param>
    /// <param name="cancellationToken">Cancels key resolution.</param>
    /// <returns>One entry per proof; <see cref="DataIntegrityVerificationResult.Verified"/> when all are valid.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static Task<DataIntegrityVerificationResult> VerifyAsync(
        JsonElement securedDocument,
        DidResolver resolver,
        DataIntegrityVerifyOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (securedDocument.ValueKind != JsonValueKind.Object)
        {
            return Task.FromResult(new DataIntegrityVerificationResult(
                [new ProofVerification(0, ProofOutcome.Invalid, CheckCodes.ProofMissing, "the secured document is not a JSON object")]));
        }

        // A new node over the immutable element: removing "proof" from it leaves the caller's document untouched.
        var document = JsonObject.Create(securedDocument)!;
        var verifier = new ProofVerifier(document, resolver, options ?? new DataIntegrityVerifyOptions());
        return verifier.VerifyAllAsync(cancellationToken);
    }
}
