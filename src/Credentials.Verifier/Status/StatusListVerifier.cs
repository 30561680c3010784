using Credentials.Proofs.Findings;
using System.Text.Json;
using Credentials.Model.Ports;
using Credentials.Model.Status;
using Credentials.Proofs.Jws;
using Credentials.Verifier.Reports;
using Credentials.Proofs.DataIntegrity;

namespace Credentials.Verifier.Status;

/// <summary>
/// Fetches a status-list credential through <see cref="IStatusListSource"/> and accepts it only when it is a VC-JOSE
/// <c>BitstringStatusListCredential</c> signed by a key of the credential's own issuer (Bitstring Status List v1.0
/// §3.2 step 6: the list must be verified; an unverified list could un-revoke anything).
/// </summary>
internal sealed class StatusListVerifier
{
    // Lists are much smaller than credentials in practice; 16 MiB decoded is the codec's own cap.
    private const int MaxListTokenChars = 4 * 1024 * 1024;
    private readonly IStatusListSource? _source;
    private readonly JwsVerifier _jws;
    private readonly VerifiedListCache _verified;

    public StatusListVerifier(IStatusListSource? source, JwsVerifier jws, TimeProvider time)
    {
        _source = source;
        _jws = jws;
        _verified = new VerifiedListCache(time);
    }

    public bool HasSource => _source is not null;

    public async Task<StatusListLookup> LookupAsync(string url, string issuer, CancellationToken cancellationToken)
    {
        var token = _source is null ? null : await _source.GetAsync(url, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return StatusListLookup.Unusable(CheckCodes.StatusListUnavailable, $"The status list {url} is not available.");
        }

        token = token.Trim();
        if (token.Length > MaxListTokenChars || !CompactJws.LooksLikeCompact(token))
        {
            return Invalid(url, "it is not a signed compact token");
        }

        var key = VerifiedListCache.KeyOf(token, issuer);
        if (_verified.TryGet(key, out var known))
        {
            return known;
        }

        var lookup = await VerifyAsync(url, token, issuer, cancellationToken).ConfigureAwait(false);
        if (lookup.Bits is not null)
        {
            _verified.Add(key, lookup);
        }

        return lookup;
    }

    private async Task<StatusListLookup> VerifyAsync(string url, string token, string issuer, CancellationToken cancellationToken)
    {

        using var jws = CompactJws.TryParse(token, out var error, out CompactJwsProblem _);
        if (jws?.PayloadJson is not { } payload || payload.RootElement.ValueKind != JsonValueKind.Object)
        {
            return Invalid(url, "it cannot be read" + (error is null ? string.Empty : ": " + error));
        }

        var root = payload.RootElement;
        if (IssuerOf(root) != issuer)
        {
            return Invalid(url, "it was issued by someone other than the credential's issuer");
        }

        if (!HasType(root, "BitstringStatusListCredential")
            || !root.TryGetProperty("credentialSubject", out var subject) || subject.ValueKind != JsonValueKind.Object
            || !subject.TryGetProperty("statusPurpose", out var purpose) || purpose.ValueKind != JsonValueKind.String
            || !subject.TryGetProperty("encodedList", out var encoded) || encoded.ValueKind != JsonValueKind.String)
        {
            return Invalid(url, "it is not a BitstringStatusListCredential with a statusPurpose and an encodedList");
        }

        var signature = await VerifySignatureAsync(jws, issuer, cancellationToken).ConfigureAwait(false);
        if (signature is not null)
        {
            return Invalid(url, signature);
        }

        var decoded = BitstringStatusList.Decode(encoded.GetString());
        return decoded.List is { } bits
            ? StatusListLookup.Usable(bits, purpose.GetString()!)
            : Invalid(url, "its encodedList is damaged: " + decoded.Message);
    }

    private async Task<string?> VerifySignatureAsync(CompactJws jws, string issuer, CancellationToken cancellationToken)
    {
        if (JwsTypes.Problem(jws, JwsTypes.VcJose) is { } type)
        {
            return "its header is wrong: " + Lower(type.Message);
        }

        var requirements = new JwsRequirements { What = "status list", Purpose = ProofPurposes.AssertionMethod, SignerDid = issuer };
        var result = await _jws.VerifyAsync(jws, requirements, cancellationToken).ConfigureAwait(false);
        return result.Valid ? null : Lower(result.Finding.Message);
    }

    private static string Lower(string sentence) => char.ToLowerInvariant(sentence[0]) + sentence[1..].TrimEnd('.');

    private static string? IssuerOf(JsonElement root)
    {
        if (!root.TryGetProperty("issuer", out var issuer))
        {
            return null;
        }

        return issuer.ValueKind switch
        {
            JsonValueKind.String => issuer.GetString(),
            JsonValueKind.Object when issuer.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String => id.GetString(),
            _ => null,
        };
    }

    private static bool HasType(JsonElement root, string type) =>
        root.TryGetProperty("type", out var types) && types.ValueKind == JsonValueKind.Array
        && types.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.GetString() == type);

    private static StatusListLookup Invalid(string url, string why) =>
        StatusListLookup.Unusable(CheckCodes.StatusListInvalid, $"The status list {url} cannot be trusted: {why}.");
}
