using Credentials.Proofs.Findings;
using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Proofs.Dids;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>Verify Proof (VC Data Integrity 1.0 §4.4) and Verify Proof Sets and Chains (§4.5), EdDSA cryptosuites.</summary>
internal sealed class ProofVerifier
{
    private readonly JsonObject _unsecured;
    private readonly List<JsonNode?> _proofs;
    private readonly DidResolver _resolver;
    private readonly DataIntegrityVerifyOptions _options;
    private readonly Dictionary<string, HashOutcome> _documentHashes = new(StringComparer.Ordinal);

    public ProofVerifier(JsonObject securedDocument, DidResolver resolver, DataIntegrityVerifyOptions options)
    {
        _proofs = ProofDocument.Proofs(securedDocument["proof"]);
        _unsecured = securedDocument;
        _unsecured.Remove("proof");
        _resolver = resolver;
        _options = options;
    }

    public async Task<DataIntegrityVerificationResult> VerifyAllAsync(CancellationToken cancellationToken)
    {
        if (_proofs.Count == 0)
        {
            return new([new ProofVerification(0, ProofOutcome.Invalid, CheckCodes.ProofMissing, "the document has no proof")]);
        }

        var results = new List<ProofVerification>(_proofs.Count);
        for (var i = 0; i < _proofs.Count; i++)
        {
            results.Add(await VerifyAsync(i, cancellationToken).ConfigureAwait(false));
        }

        return new(results);
    }

    private async Task<ProofVerification> VerifyAsync(int index, CancellationToken cancellationToken)
    {
        if (_proofs[index] is not JsonObject proof)
        {
            return new(index, ProofOutcome.Invalid, CheckCodes.ProofTypeUnsupported, "the proof is not a JSON object");
        }

        var id = ProofDocument.AsString(proof["id"]);
        var suite = ProofDocument.AsString(proof["cryptosuite"]);
        var method = ProofDocument.AsString(proof["verificationMethod"]);
        ProofVerification Invalid(string code, string message, string? controller = null) =>
            new(index, ProofOutcome.Invalid, code, message, id, suite, method, controller);

        if (ProofDocument.AsString(proof["type"]) != Cryptosuites.DataIntegrityProofType)
        {
            return Invalid(CheckCodes.ProofTypeUnsupported, "the proof type is not DataIntegrityProof");
        }

        if (!Cryptosuites.IsSupported(suite))
        {
            return Invalid(CheckCodes.ProofCryptosuiteUnsupported, "the cryptosuite '" + Short(suite) + "' is not supported");
        }

        if (string.IsNullOrEmpty(method))
        {
            return Invalid(CheckCodes.ProofVerificationMethodMissing, "the proof names no verification method");
        }

        if (ProofDocument.AsString(proof["proofPurpose"]) is not { Length: > 0 } purpose)
        {
            return Invalid(CheckCodes.ProofPurposeMissing, "the proof has no proofPurpose");
        }

        if (purpose != _options.ExpectedPurpose)
        {
            return Invalid(CheckCodes.ProofPurposeMismatch, $"the proof purpose is '{Short(purpose)}', expected '{_options.ExpectedPurpose}'");
        }

        if (!ProofValue.TryDecode(ProofDocument.AsString(proof["proofValue"]), out var signature, out var valueError))
        {
            return Invalid(CheckCodes.ProofValueMalformed, valueError);
        }

        if (CheckDates(proof) is { } dateError)
        {
            return Invalid(CheckCodes.ProofDateMalformed, dateError);
        }

        if (ProofDocument.AsString(proof["expires"]) is { } expires
            && DateTimeOffset.Parse(expires, CultureInfo.InvariantCulture) < _options.TimeProvider.GetUtcNow())
        {
            return Invalid(CheckCodes.ProofExpired, "the proof expired at " + expires);
        }

        if (_options.Challenge is not null && ProofDocument.AsString(proof["challenge"]) != _options.Challenge)
        {
            return Invalid(CheckCodes.ProofChallengeMismatch, "the proof's challenge is not the expected one");
        }

        if (_options.Domain is not null && ProofDocument.Strings(proof["domain"]) is var domains && (domains is null || !domains.Contains(_options.Domain)))
        {
            return Invalid(CheckCodes.ProofDomainMismatch, "the proof's domain does not include the expected one");
        }

        var input = InputDocument(proof, out var inputError);
        if (input is null)
        {
            return Invalid(inputError!.Value.Code, inputError.Value.Message);
        }

        var resolution = await ResolveAsync(method, purpose, cancellationToken).ConfigureAwait(false);
        if (resolution.Key is null)
        {
            var outcome = resolution.Failure is KeyResolutionFailure.UnsupportedMethod or KeyResolutionFailure.DocumentUnavailable
                ? ProofOutcome.Indeterminate
                : ProofOutcome.Invalid;
            return new(index, outcome, CheckCodes.ProofKeyUnresolved, resolution.Message, id, suite, method);
        }

        if (!Ed25519Verifier.IsEd25519(resolution.Key))
        {
            return Invalid(CheckCodes.ProofKeyUnresolved, "the verification method is not an Ed25519 key", resolution.Controller);
        }

        if (_options.ExpectedController is not null && resolution.Controller != _options.ExpectedController)
        {
            return Invalid(
                CheckCodes.ProofControllerMismatch,
                $"the key is controlled by '{Short(resolution.Controller)}', not by '{Short(_options.ExpectedController)}'",
                resolution.Controller);
        }

        var hash = HashData(suite!, proof, input.Value);
        if (hash.Hash is null)
        {
            return hash.Code == CheckCodes.ProofContextUnavailable
                ? new(index, ProofOutcome.Indeterminate, hash.Code, hash.Message!, id, suite, method, resolution.Controller)
                : Invalid(hash.Code!, hash.Message!, resolution.Controller);
        }

        return Ed25519Verifier.Verify(resolution.Key, hash.Hash, signature)
            ? new(index, ProofOutcome.Valid, CheckCodes.ProofValid, "the proof verified", id, suite, method, resolution.Controller)
            : Invalid(CheckCodes.ProofSignatureInvalid, "the signature does not match the document and its proof options", resolution.Controller);
    }

    /// <summary>
    /// The document the proof was made over: the unsecured document, with the proofs named by
    /// <c>previousProof</c> (§4.5 step 3.2) and with the proof's <c>@context</c> when it has one
    /// (VC-DI-EdDSA 1.0 §3.3.2/§3.4.2 verify step 4).
    /// </summary>
    private (JsonObject Document, string CacheKey)? InputDocument(JsonObject proof, out (string Code, string Message)? error)
    {
        error = null;
        var previous = ProofDocument.Strings(proof["previousProof"]);
        if (previous is null)
        {
            error = (CheckCodes.ProofPreviousProofMissing, "previousProof is neither a string nor a list of strings");
            return null;
        }

        var proofContext = proof["@context"];
        if (proofContext is not null && !ProofDocument.StartsWith(_unsecured["@context"], proofContext))
        {
            error = (CheckCodes.ProofTransformationFailed, "the document's @context does not start with the proof's @context");
            return null;
        }

        // Usually the proof's context is the document's own: then the document is used as it is, not copied.
        var replaceContext = proofContext is not null && !JsonNode.DeepEquals(proofContext, _unsecured["@context"]);
        var key = string.Join('\n', previous) + "\u0001" + (replaceContext ? proofContext!.ToJsonString() : string.Empty);
        if (previous.Count == 0 && !replaceContext)
        {
            return (_unsecured, key);
        }

        var document = (JsonObject)_unsecured.DeepClone();
        if (replaceContext)
        {
            document["@context"] = proofContext!.DeepClone();
        }

        if (previous.Count > 0)
        {
            var matching = new JsonArray();
            foreach (var previousId in previous)
            {
                var match = _proofs.OfType<JsonObject>().FirstOrDefault(p => ProofDocument.AsString(p["id"]) == previousId);
                if (match is null)
                {
                    error = (CheckCodes.ProofPreviousProofMissing, "previousProof names '" + Short(previousId) + "', which is not in the proof set");
                    return null;
                }

                matching.Add(match.DeepClone());
            }

            document["proof"] = matching;
        }

        return (document, key);
    }

    private HashOutcome HashData(string suite, JsonObject proof, (JsonObject Document, string CacheKey) input)
    {
        var proofConfig = (JsonObject)proof.DeepClone();
        proofConfig.Remove("proofValue");
        if (input.Document["@context"] is { } context)
        {
            proofConfig["@context"] = context.DeepClone();
        }

        var configHash = ProofHasher.Hash(suite, proofConfig, _options.DocumentLoader);
        if (configHash.Hash is null)
        {
            return configHash;
        }

        // Proofs of one set usually sign the same document: canonicalize it once per suite and input.
        var cacheKey = suite + "\u0002" + input.CacheKey;
        if (!_documentHashes.TryGetValue(cacheKey, out var documentHash))
        {
            documentHash = ProofHasher.Hash(suite, input.Document, _options.DocumentLoader);
            _documentHashes[cacheKey] = documentHash;
        }

        return documentHash.Hash is null ? documentHash : HashOutcome.Of(ProofHasher.Concatenate(configHash.Hash, documentHash.Hash));
    }

    private async Task<KeyResolution> ResolveAsync(string method, string purpose, CancellationToken cancellationToken)
    {
        var hash = method.IndexOf('#', StringComparison.Ordinal);
        var controllerId = hash < 0 ? method : method[..hash];
        if (_options.ControllerDocuments is { } documents && documents.TryGetValue(controllerId, out var document))
        {
            return hash < 0
                ? KeyResolution.Failed(KeyResolutionFailure.Malformed, "a verification method in a controller document needs a #fragment")
                : DidResolver.FromDocument(document, controllerId, method, purpose);
        }

        return await _resolver.ResolveAsync(method, purpose, cancellationToken).ConfigureAwait(false);
    }

    private static string? CheckDates(JsonObject proof)
    {
        foreach (var name in (string[])["created", "expires"])
        {
            if (proof[name] is { } value && !DateTimeStamp.IsValid(ProofDocument.AsString(value)))
            {
                return $"the proof's {name} is not an XML Schema dateTimeStamp";
            }
        }

        return null;
    }

    private static string Short(string? s) => s is null ? "(none)" : s.Length <= 80 ? s : s[..80] + "…";
}
