using System.Text.Json.Nodes;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>Add Proof (VC Data Integrity 1.0 §4.2) and Add Proof Set/Chain (§4.3) with the EdDSA cryptosuites.</summary>
internal static class ProofSigner
{
    public static JsonObject Sign(JsonObject credential, SigningKey key, string verificationMethod, DataIntegrityOptions options)
    {
        if (key.Type != KeyType.Ed25519)
        {
            throw new ArgumentException("the eddsa cryptosuites sign with an Ed25519 key", nameof(key));
        }

        if (!Cryptosuites.IsSupported(options.Cryptosuite))
        {
            throw new ArgumentException("unsupported cryptosuite '" + options.Cryptosuite + "'", nameof(options));
        }

        if (string.IsNullOrEmpty(options.ProofPurpose) || string.IsNullOrEmpty(verificationMethod))
        {
            throw new ArgumentException("a proof needs a purpose and a verification method", nameof(options));
        }

        var secured = (JsonObject)credential.DeepClone();
        var existing = ProofDocument.Proofs(secured["proof"]);
        secured.Remove("proof");
        ProofDocument.EnsureSuiteContext(secured);

        // §4.3 step 4: a chained proof signs over the proofs it names, so that they cannot be removed unnoticed.
        var unsecured = secured;
        if (options.PreviousProof is { Count: > 0 } previous)
        {
            unsecured = (JsonObject)secured.DeepClone();
            var matching = new JsonArray();
            foreach (var id in previous)
            {
                var match = existing.OfType<JsonObject>().FirstOrDefault(p => ProofDocument.AsString(p["id"]) == id)
                    ?? throw new ArgumentException("previousProof names '" + id + "', which the document does not hold", nameof(options));
                matching.Add(match.DeepClone());
            }

            unsecured["proof"] = matching;
        }

        var proof = ProofOptions(verificationMethod, options, unsecured);
        var proofConfig = (JsonObject)proof.DeepClone();

        // VC-DI-EdDSA 1.0 §3.3.5 / §3.4.5 Proof Configuration: the proof is canonicalized with the document's context.
        if (unsecured["@context"] is { } context)
        {
            proofConfig["@context"] = context.DeepClone();
        }

        var configHash = ProofHasher.Hash(options.Cryptosuite, proofConfig, options.DocumentLoader);
        var documentHash = ProofHasher.Hash(options.Cryptosuite, unsecured, options.DocumentLoader);
        if (configHash.Hash is null || documentHash.Hash is null)
        {
            var failed = configHash.Hash is null ? configHash : documentHash;
            throw new ArgumentException("cannot sign: " + failed.Code + ": " + failed.Message, nameof(credential));
        }

        var signature = key.Sign(ProofHasher.Concatenate(configHash.Hash, documentHash.Hash));
        proof["proofValue"] = ProofValue.Encode(signature);

        if (existing.Count == 0)
        {
            secured["proof"] = proof;
        }
        else
        {
            var set = new JsonArray();
            foreach (var p in existing)
            {
                set.Add(p?.DeepClone());
            }

            set.Add(proof);
            secured["proof"] = set;
        }

        return secured;
    }

    private static JsonObject ProofOptions(string verificationMethod, DataIntegrityOptions options, JsonObject unsecured)
    {
        var proof = new JsonObject();
        if (options.Id is not null)
        {
            proof["id"] = options.Id;
        }

        proof["type"] = Cryptosuites.DataIntegrityProofType;
        proof["cryptosuite"] = options.Cryptosuite;
        proof["created"] = DateTimeStamp.Format(options.Created ?? options.TimeProvider.GetUtcNow());
        proof["verificationMethod"] = verificationMethod;
        proof["proofPurpose"] = options.ProofPurpose;
        if (options.Challenge is not null)
        {
            proof["challenge"] = options.Challenge;
        }

        if (options.Domain is not null)
        {
            proof["domain"] = options.Domain;
        }

        if (options.PreviousProof is { Count: > 0 } previous)
        {
            proof["previousProof"] = previous.Count == 1 ? previous[0] : new JsonArray([.. previous.Select(p => (JsonNode?)p)]);
        }

        // VC-DI-EdDSA 1.0 §3.4.5 step 2 (jcs): the proof carries the document's context, so that a verifier can
        // tell contexts added after signing from the signed ones.
        if (options.Cryptosuite == Cryptosuites.EddsaJcs2022 && unsecured["@context"] is { } context)
        {
            proof["@context"] = context.DeepClone();
        }

        return proof;
    }
}
