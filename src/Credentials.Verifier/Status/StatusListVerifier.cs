using Credentials.Proofs.Findings;
using System.Text.Json;
using Credentials.Model.Ports;
using Credentials.Model.Status;
using Credentials.Proofs.Jws;
using Credentials.Verifier.Reports;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;

namespace Credentials.Verifier.Status;

/// <summary>
/// Fetches a status-list credential through <see cref="IStatusListSource"/> and accepts it only when it is a
/// <c>BitstringStatusListCredential</c> secured by a key of the credential's own issuer (Bitstring Status List v1.0
/// §3.2 step 6: the list must be verified; an unverified list could un-revoke anything): a VC-JOSE compact token, or
/// a JSON credential with a Data Integrity proof (the two forms <c>GET /status/{id}</c> serves).
/// </summary>
internal sealed partial class StatusListVerifier
{
    // Lists are much smaller than credentials in practice; 16 MiB decoded is the codec's own cap.
    private const int MaxListTokenChars = 4 * 1024 * 1024;
    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false, MaxDepth = 32 };
    private readonly IStatusListSource? _source;
    private readonly JwsVerifier _jws;
    private readonly DidResolver _resolver;
    private readonly TimeProvider _time;
    private readonly VerifiedListCache _verified;

    public StatusListVerifier(IStatusListSource? source, JwsVerifier jws, DidResolver resolver, TimeProvider time)
    {
        _source = source;
        _jws = jws;
        _resolver = resolver;
        _time = time;
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
        if (token.Length <= MaxListTokenChars && token.StartsWith('{'))
        {
            return await LookupDataIntegrityAsync(url, issuer, token, cancellationToken).ConfigureAwait(false);
        }

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
        if (ContentProblem(root, issuer) is { } problem)
        {
            return Invalid(url, problem);
        }

        var signature = await VerifySignatureAsync(jws, issuer, cancellationToken).ConfigureAwait(false);
        return signature is not null ? Invalid(url, signature) : Decode(url, root);
    }

    private async Task<StatusListLookup> LookupDataIntegrityAsync(string url, string issuer, string json, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, StrictJson);
        }
        catch (JsonException e)
        {
            return Invalid(url, "it is not strict JSON: " + Lower(e.Message));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Invalid(url, "it is not a JSON object");
            }

            if (ContentProblem(root, issuer) is { } problem)
            {
                return Invalid(url, problem);
            }

            var verification = await DataIntegrityProofs.VerifyAsync(
                root, _resolver, new DataIntegrityVerifyOptions { ExpectedController = issuer, TimeProvider = _time }, cancellationToken).ConfigureAwait(false);
            if (!verification.Verified)
            {
                var failed = verification.Proofs.FirstOrDefault(p => p.Outcome != ProofOutcome.Valid);
                return Invalid(url, failed is null ? "it has no Data Integrity proof" : "its proof does not verify: " + failed.Message.TrimEnd('.'));
            }

            return Decode(url, root);
        }
    }

    private static string? ContentProblem(JsonElement root, string issuer)
    {
        if (IssuerOf(root) != issuer)
        {
            return "it was issued by someone other than the credential's issuer";
        }

        return !HasType(root, "BitstringStatusListCredential")
            || !root.TryGetProperty("credentialSubject", out var subject) || subject.ValueKind != JsonValueKind.Object
            || !subject.TryGetProperty("statusPurpose", out var purpose) || purpose.ValueKind != JsonValueKind.String
            || !subject.TryGetProperty("encodedList", out var encoded) || encoded.ValueKind != JsonValueKind.String
            ? "it is not a BitstringStatusListCredential with a statusPurpose and an encodedList"
            : null;
    }

    private StatusListLookup Decode(string url, JsonElement root)
    {
        var subject = root.GetProperty("credentialSubject");
        var decoded = BitstringStatusList.Decode(subject.GetProperty("encodedList").GetString());
        if (decoded.List is not { } bits)
        {
            return Invalid(url, "its encodedList is damaged: " + decoded.Message);
        }

        // VC Data Model 2.0 §4.9: a list past its validUntil is not relied on; the credential's status is then unknown.
        DateTimeOffset? validUntil = null;
        if (root.TryGetProperty("validUntil", out var until))
        {
            if (until.ValueKind != JsonValueKind.String || !DateTimeStampText().IsMatch(until.GetString()!)
                || !DateTimeOffset.TryParse(until.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var end))
            {
                return Invalid(url, "its validUntil is not an XML Schema dateTimeStamp");
            }

            validUntil = end;
            if (end < _time.GetUtcNow())
            {
                return StatusListLookup.Unusable(CheckCodes.StatusListExpired, $"The status list {url} expired at {until.GetString()}.");
            }
        }

        // Bitstring Status List v1.0 §2.2: ttl, a number of milliseconds; anything else is ignored, not trusted.
        TimeSpan? ttl = subject.TryGetProperty("ttl", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var ms) && ms >= 0
            ? TimeSpan.FromMilliseconds(Math.Min(ms, (long)TimeSpan.FromDays(366).TotalMilliseconds))
            : null;
        return StatusListLookup.Usable(bits, subject.GetProperty("statusPurpose").GetString()!) with { ValidUntil = validUntil, TimeToLive = ttl };
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

    /// <summary>XML Schema 1.1 dateTimeStamp: a dateTime with its time zone (VC Data Model 2.0 §4.9).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DateTimeStampText();

    private static StatusListLookup Invalid(string url, string why) =>
        StatusListLookup.Unusable(CheckCodes.StatusListInvalid, $"The status list {url} cannot be trusted: {why}.");
}
