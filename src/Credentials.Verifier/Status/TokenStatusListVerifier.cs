using System.Text.Json;
using Credentials.Model.Ports;
using Credentials.Model.Status;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Jws;

namespace Credentials.Verifier.Status;

/// <summary>
/// Fetches an IETF Token Status List token through <see cref="IStatusListSource"/> and accepts it only when it is typed
/// <c>statuslist+jwt</c>, its <c>sub</c> is the URI the credential names (§8.3), it has not expired, and it is signed
/// under the one JWS policy by a key of the credential's own issuer: an unverified list could un-revoke anything.
/// </summary>
internal sealed class TokenStatusListVerifier
{
    private const int MaxTokenChars = 4 * 1024 * 1024;
    private readonly IStatusListSource? _source;
    private readonly JwsVerifier _jws;
    private readonly TimeProvider _time;

    public TokenStatusListVerifier(IStatusListSource? source, JwsVerifier jws, TimeProvider time)
    {
        _source = source;
        _jws = jws;
        _time = time;
    }

    public bool HasSource => _source is not null;

    public async Task<TokenStatusLookup> LookupAsync(string uri, string issuer, TimeSpan skew, CancellationToken cancellationToken)
    {
        var token = _source is null ? null : (await _source.GetAsync(uri, cancellationToken).ConfigureAwait(false))?.Trim();
        if (token is null)
        {
            return new(null, CheckCodes.StatusListUnavailable, $"The status list {uri} is not available.");
        }

        if (token.Length > MaxTokenChars || !CompactJws.LooksLikeCompact(token))
        {
            return Invalid(uri, "it is not a signed compact token");
        }

        using var jws = CompactJws.TryParse(token, out var error, out CompactJwsProblem _);
        if (jws?.PayloadJson?.RootElement is not { ValueKind: JsonValueKind.Object } payload)
        {
            return Invalid(uri, "it cannot be read" + (error is null ? string.Empty : ": " + error));
        }

        if (JwsTypes.Problem(jws, JwsTypes.TokenStatusList) is not null)
        {
            return Invalid(uri, "it is not typed statuslist+jwt");
        }

        if (!payload.TryGetProperty("sub", out var sub) || sub.ValueKind != JsonValueKind.String || sub.GetString() != uri)
        {
            return Invalid(uri, "its 'sub' is not the address the credential names");
        }

        if (payload.TryGetProperty("exp", out var exp) && (!exp.TryGetInt64(out var expires) || expires + (long)skew.TotalSeconds < _time.GetUtcNow().ToUnixTimeSeconds()))
        {
            return Invalid(uri, "it has expired");
        }

        if (!payload.TryGetProperty("status_list", out var list) || list.ValueKind != JsonValueKind.Object
            || !list.TryGetProperty("bits", out var bitsJson) || !bitsJson.TryGetInt32(out var bits)
            || !list.TryGetProperty("lst", out var lst) || lst.ValueKind != JsonValueKind.String)
        {
            return Invalid(uri, "it has no status_list with 'bits' and 'lst'");
        }

        var requirements = new JwsRequirements { What = "status list", Purpose = ProofPurposes.AssertionMethod, SignerDid = issuer };
        var signature = await _jws.VerifyAsync(jws, requirements, cancellationToken).ConfigureAwait(false);
        if (!signature.Valid)
        {
            return Invalid(uri, char.ToLowerInvariant(signature.Finding.Message[0]) + signature.Finding.Message[1..].TrimEnd('.'));
        }

        var decoded = TokenStatusList.TryDecode(lst.GetString()!, bits, out var decodeError);
        return decoded is null ? Invalid(uri, "its list is damaged: " + decodeError) : new(decoded, null, null);
    }

    private static TokenStatusLookup Invalid(string uri, string why) =>
        new(null, CheckCodes.StatusListInvalid, $"The status list {uri} cannot be trusted: {why}.");
}
