using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Credentials.Proofs.Jws;

/// <summary>
/// Checks a compact JWS signature with one given key and one allowed algorithm, through Microsoft.IdentityModel.
/// Only the signature: dates, issuer and audience are judged by the caller against its own clock and rules. Only
/// <see cref="JwsVerifier"/> calls it.
/// </summary>
internal static class JwsSignatureVerifier
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>Whether <paramref name="jws"/> is signed by <paramref name="key"/> with <paramref name="algorithm"/>,
    /// or could not even be read by the library (which is then not a verdict on the signature).</summary>
    public static async Task<JwsSignatureOutcome> VerifyAsync(CompactJws jws, SecurityKey key, string algorithm)
    {
        ArgumentNullException.ThrowIfNull(jws);
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidAlgorithms = [algorithm],
            ValidateIssuer = false,
            ValidateAudience = false,

            // The verifier's validity check uses the injected clock; the handler must not use its own.
            ValidateLifetime = false,
            RequireExpirationTime = false,
            RequireSignedTokens = true,
            TryAllIssuerSigningKeys = false,
            ValidateIssuerSigningKey = false,
        };

        TokenValidationResult result;
        try
        {
            result = await Handler.ValidateTokenAsync(jws.Token, parameters).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or System.Text.Json.JsonException or OverflowException)
        {
            return JwsSignatureOutcome.Unreadable;
        }

        if (result.IsValid)
        {
            return JwsSignatureOutcome.Valid;
        }

        return result.Exception is SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException
            ? JwsSignatureOutcome.Invalid
            : JwsSignatureOutcome.Unreadable;
    }
}
