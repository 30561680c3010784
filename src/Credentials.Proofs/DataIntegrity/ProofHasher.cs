using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.JsonLd.Canonicalization;
using Credentials.JsonLd.Loading;
using Credentials.JsonLd.Processing;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>
/// Transformation and hashing of VC-DI-EdDSA 1.0: the canonical form of a JSON-LD document (RDFC-1.0 N-Quads for
/// <c>eddsa-rdfc-2022</c>, §3.3.2; RFC 8785 for <c>eddsa-jcs-2022</c>, §3.4.2), hashed with SHA-256 (§3.3.3).
/// </summary>
internal static class ProofHasher
{
    /// <summary>VC-DI-EdDSA 1.0 §3.3.3 step 3: hashData = SHA-256(proof config) || SHA-256(document).</summary>
    public static byte[] Concatenate(byte[] proofConfigHash, byte[] documentHash) => [.. proofConfigHash, .. documentHash];

    public static HashOutcome Hash(string cryptosuite, JsonObject document, IDocumentLoader loader) =>
        cryptosuite == Cryptosuites.EddsaJcs2022 ? HashJcs(document) : HashRdfc(document, loader);

    /// <summary>The canonical form itself (for known-answer tests and diagnostics).</summary>
    public static string Canonical(string cryptosuite, JsonObject document, IDocumentLoader loader) =>
        cryptosuite == Cryptosuites.EddsaJcs2022
            ? Encoding.UTF8.GetString(Jcs.Canonicalize(document))
            : RdfCanonicalizer.ToCanonicalNQuads(JsonLdProcessor.ToRdf(JsonSerializer.SerializeToElement(document), RdfOptions(loader)));

    private static HashOutcome HashJcs(JsonObject document) =>
        Jcs.TryCanonicalize(document, out var utf8, out var error)
            ? HashOutcome.Of(SHA256.HashData(utf8))
            : HashOutcome.Failed(DataIntegrityCodes.TransformationFailed, "the document has no RFC 8785 canonical form: " + error);

    private static HashOutcome HashRdfc(JsonObject document, IDocumentLoader loader)
    {
        try
        {
            // VC-DI-EdDSA 1.0 §3.3.2 and VC Data Integrity 1.0 §4.4: expansion must not drop anything, so undefined
            // terms and types (added before or after signing) are errors rather than silently unsigned data.
            var dataset = JsonLdProcessor.ToRdf(JsonSerializer.SerializeToElement(document), RdfOptions(loader));
            var nquads = RdfCanonicalizer.ToCanonicalNQuads(dataset);
            return HashOutcome.Of(SHA256.HashData(Encoding.UTF8.GetBytes(nquads)));
        }
        catch (JsonLdException e) when (e.ErrorCode == JsonLdErrorCodes.SafeModeViolation)
        {
            return HashOutcome.Failed(DataIntegrityCodes.UndefinedTerm, e.Message);
        }
        catch (JsonLdException e)
        {
            return HashOutcome.Failed(DataIntegrityCodes.TransformationFailed, "the document is not valid JSON-LD here (" + e.ErrorCode + "): " + e.Message);
        }
        catch (RdfcLimitExceededException e)
        {
            return HashOutcome.Failed(DataIntegrityCodes.TransformationFailed, "RDF canonicalization gave up: " + e.Message);
        }
    }

    private static JsonLdOptions RdfOptions(IDocumentLoader loader) => new() { DocumentLoader = loader, SafeMode = true };
}
