using System.Text.Json;
using Credentials.Model.Ports;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Dids;

/// <summary>
/// Resolves verification method ids to public keys: <c>did:key</c> and <c>did:jwk</c> offline, <c>did:web</c>
/// through an <see cref="IDidDocumentSource"/> (no network unless the host application's source allows it).
/// </summary>
public sealed class DidResolver
{
    private readonly IDidDocumentSource? _web;

    /// <summary>Creates a resolver; without a source, <c>did:web</c> ids stay unresolved.</summary>
    public DidResolver(IDidDocumentSource? webDocuments = null)
    {
        _web = webDocuments;
    }

    /// <summary>Resolves <paramref name="verificationMethod"/> (a DID URL with a fragment) for the given purpose.</summary>
    public async Task<KeyResolution> ResolveAsync(string verificationMethod, string proofPurpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verificationMethod);
        var hash = verificationMethod.IndexOf('#', StringComparison.Ordinal);
        var did = hash < 0 ? verificationMethod : verificationMethod[..hash];

        if (did.StartsWith("did:key:", StringComparison.Ordinal))
        {
            var key = DidKey.TryResolve(verificationMethod, out var error);
            return key is null ? KeyResolution.Failed(KeyResolutionFailure.Malformed, error!) : KeyResolution.Resolved(key, did);
        }

        if (did.StartsWith("did:jwk:", StringComparison.Ordinal))
        {
            var key = DidJwk.TryResolve(verificationMethod, out var error);
            return key is null ? KeyResolution.Failed(KeyResolutionFailure.Malformed, error!) : KeyResolution.Resolved(key, did);
        }

        if (did.StartsWith("did:web:", StringComparison.Ordinal))
        {
            if (hash < 0)
            {
                return KeyResolution.Failed(KeyResolutionFailure.Malformed, "a did:web key id must name a verification method (#fragment)");
            }

            var json = _web is null ? null : await _web.GetAsync(did, cancellationToken).ConfigureAwait(false);
            return json is null
                ? KeyResolution.Failed(KeyResolutionFailure.DocumentUnavailable, $"the DID document of {did} is not available to this verifier")
                : FromDocument(json, did, verificationMethod, proofPurpose);
        }

        return KeyResolution.Failed(KeyResolutionFailure.UnsupportedMethod, $"the key id '{Truncate(verificationMethod)}' uses an unsupported DID method");
    }

    /// <summary>Finds <paramref name="methodId"/> in a DID document and checks it is allowed for <paramref name="purpose"/>.</summary>
    public static KeyResolution FromDocument(string documentJson, string did, string methodId, string purpose)
    {
        ArgumentNullException.ThrowIfNull(methodId);
        try
        {
            using var doc = JsonDocument.Parse(documentJson, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 32 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || id.GetString() != did)
            {
                return KeyResolution.Failed(KeyResolutionFailure.Malformed, $"the DID document is not the document of {did}");
            }

            var fragment = methodId[methodId.IndexOf('#', StringComparison.Ordinal)..];
            bool Names(JsonElement e) => e.ValueKind == JsonValueKind.String && (e.GetString() == methodId || e.GetString() == fragment);

            // DID Core §5.3: a method is usable for a purpose only when the purpose's relationship lists it.
            JsonElement? method = null;
            var allowed = false;
            if (root.TryGetProperty(purpose, out var rel) && rel.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in rel.EnumerateArray())
                {
                    if (Names(entry))
                    {
                        allowed = true;
                    }
                    else if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("id", out var eid) && Names(eid))
                    {
                        allowed = true;
                        method = entry.Clone();
                    }
                }
            }

            if (!allowed)
            {
                return KeyResolution.Failed(KeyResolutionFailure.MethodNotFound, $"{did} does not list {fragment} for {purpose}");
            }

            if (method is null && root.TryGetProperty("verificationMethod", out var vms) && vms.ValueKind == JsonValueKind.Array)
            {
                foreach (var vm in vms.EnumerateArray())
                {
                    if (vm.ValueKind == JsonValueKind.Object && vm.TryGetProperty("id", out var vid) && Names(vid))
                    {
                        method = vm.Clone();
                    }
                }
            }

            if (method is not { } m)
            {
                return KeyResolution.Failed(KeyResolutionFailure.MethodNotFound, $"{did} has no verification method {fragment}");
            }

            if (!m.TryGetProperty("controller", out var controller) || controller.GetString() != did)
            {
                return KeyResolution.Failed(KeyResolutionFailure.MethodNotFound, $"the method {fragment} is not controlled by {did}");
            }

            Jwk? key = null;
            string? error = "the verification method has neither publicKeyJwk nor publicKeyMultibase";
            if (m.TryGetProperty("publicKeyJwk", out var jwk))
            {
                key = Jwk.TryParse(jwk, out error);
                if (key?.D is not null)
                {
                    (key, error) = (null, "the DID document publishes a private key");
                }
            }
            else if (m.TryGetProperty("publicKeyMultibase", out var mb) && mb.ValueKind == JsonValueKind.String)
            {
                key = DidKey.TryDecodeMultibase(mb.GetString()!, out error);
            }

            return key is null ? KeyResolution.Failed(KeyResolutionFailure.Malformed, error!) : KeyResolution.Resolved(key, did);
        }
        catch (JsonException e)
        {
            return KeyResolution.Failed(KeyResolutionFailure.Malformed, "the DID document is not valid JSON: " + e.Message);
        }
    }

    private static string Truncate(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
