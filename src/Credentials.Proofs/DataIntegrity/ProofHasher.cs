using Credentials.Proofs.Findings;
using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
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
            : RdfCanonicalizer.ToCanonicalNQuads(JsonLdProcessor.ToRdf(ToElement(document), RdfOptions(loader)));

    private static HashOutcome HashJcs(JsonObject document)
    {
        return Jcs.TryCanonicalize(document, out var utf8, out var error)
            ? HashOutcome.Of(SHA256.HashData(utf8))
            : HashOutcome.Failed(CheckCodes.ProofTransformationFailed, "the document has no RFC 8785 canonical form: " + error);
    }

    /// <summary>
    /// The document as a <see cref="JsonElement"/> for the JSON-LD processor, written without the default encoder's
    /// escaping of non-ASCII and HTML characters (which only costs time: the parsed values are the same).
    /// </summary>
    private static JsonElement ToElement(JsonObject document)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        using var parsed = JsonDocument.Parse(buffer.WrittenMemory);
        return parsed.RootElement.Clone();
    }

    private static HashOutcome HashRdfc(JsonObject document, IDocumentLoader loader)
    {
        try
        {
            // VC-DI-EdDSA 1.0 §3.3.2 and VC Data Integrity 1.0 §4.4: expansion must not drop anything, so undefined
            // terms and types (added before or after signing) are errors rather than silently unsigned data.
            var dataset = JsonLdProcessor.ToRdf(ToElement(document), RdfOptions(loader));
            var nquads = RdfCanonicalizer.ToCanonicalNQuads(dataset);
            return HashOutcome.Of(SHA256.HashData(Encoding.UTF8.GetBytes(nquads)));
        }
        catch (JsonLdException e) when (e.ErrorCode == JsonLdErrorCodes.SafeModeViolation)
        {
            return HashOutcome.Failed(CheckCodes.ProofUndefinedTerm, e.Message);
        }
        catch (JsonLdException e)
        {
            // Not proved wrong: this processor could not read the linked data (a context it does not have, or a
            // feature it does not implement), where another may. The proof is then undecided (Indeterminate).
            return HashOutcome.Failed(CheckCodes.ProofContextUnavailable, "the document's linked data could not be processed here (" + e.ErrorCode + "): " + e.Message);
        }
        catch (ArgumentException e)
        {
            // Utf8JsonWriter refuses strings that are not valid UTF-16 (a lone surrogate built in code).
            return HashOutcome.Failed(CheckCodes.ProofTransformationFailed, "the document is not valid JSON text: " + e.Message);
        }
        catch (RdfcLimitExceededException e)
        {
            return HashOutcome.Failed(CheckCodes.ProofContextUnavailable, "RDF canonicalization gave up: " + e.Message);
        }
    }

    private static JsonLdOptions RdfOptions(IDocumentLoader loader) => new() { DocumentLoader = loader, SafeMode = true };
}
