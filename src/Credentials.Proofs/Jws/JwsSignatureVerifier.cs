using System.Buffers;
using System.Buffers.Text;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Credentials.Proofs.Jws;

/// <summary>
/// Checks a compact JWS signature with one given key and one allowed algorithm, through Microsoft.IdentityModel's
/// signature providers, over the exact signing input (RFC 7515 §5.2: the ASCII of the first two parts). The token was
/// already parsed and judged by <see cref="CompactJws"/> and <see cref="JwsVerifier"/> (header, algorithm, key); the
/// library's token handler would parse it a second time and build claims nobody reads, so it is not used. Only the
/// signature: dates, issuer and audience are judged by the caller. Only <see cref="JwsVerifier"/> calls it.
/// </summary>
internal static class JwsSignatureVerifier
{
    /// <summary>Whether <paramref name="jws"/> is signed by <paramref name="key"/> with <paramref name="algorithm"/>,
    /// or could not even be checked by the library (which is then not a verdict on the signature).</summary>
    public static Task<JwsSignatureOutcome> VerifyAsync(CompactJws jws, SecurityKey key, string algorithm)
    {
        ArgumentNullException.ThrowIfNull(jws);
        ArgumentNullException.ThrowIfNull(key);

        // A JWT's payload is JSON (RFC 7519 §7.2 step 10): a signature over anything else is not one we read.
        if (jws.PayloadJson is null || !string.Equals(jws.Algorithm, algorithm, StringComparison.Ordinal))
        {
            return Task.FromResult(JwsSignatureOutcome.Unreadable);
        }

        var token = jws.Token;
        var end = token.LastIndexOf('.');
        var signature = Base64Url.DecodeFromChars(token.AsSpan(end + 1));
        if (signature.Length == 0)
        {
            return Task.FromResult(JwsSignatureOutcome.Invalid);
        }

        // The parts are base64url, so the signing input's ASCII bytes are its characters; a pooled buffer spares a
        // copy of the whole token per verification.
        var signingInput = ArrayPool<byte>.Shared.Rent(end);
        var factory = key.CryptoProviderFactory;
        SignatureProvider? provider = null;
        try
        {
            var length = Encoding.ASCII.GetBytes(token.AsSpan(0, end), signingInput);
            provider = factory.CreateForVerifying(key, algorithm);
            var valid = provider.Verify(signingInput, 0, length, signature, 0, signature.Length);
            return Task.FromResult(valid ? JwsSignatureOutcome.Valid : JwsSignatureOutcome.Invalid);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or NotSupportedException or OverflowException or System.Security.Cryptography.CryptographicException)
        {
            return Task.FromResult(JwsSignatureOutcome.Unreadable);
        }
        finally
        {
            if (provider is not null)
            {
                factory.ReleaseSignatureProvider(provider);
            }

            ArrayPool<byte>.Shared.Return(signingInput);
        }
    }
}
