using System.Buffers;
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

        var signature = jws.DecodeSignature();
        if (signature.Length == 0)
        {
            return Task.FromResult(JwsSignatureOutcome.Invalid);
        }

        // A token given as bytes is verified over its own first two parts; one given as text is written into a
        // pooled buffer (its characters are ASCII), sparing a copy of the whole token per verification.
        var length = jws.SigningInputLength;
        byte[]? rented = null;
        if (!jws.TryGetSigningInput(out var signingInput))
        {
            rented = ArrayPool<byte>.Shared.Rent(length);
            jws.CopySigningInput(rented);
            signingInput = new ArraySegment<byte>(rented, 0, length);
        }

        var factory = key.CryptoProviderFactory;
        SignatureProvider? provider = null;
        try
        {
            provider = factory.CreateForVerifying(key, algorithm);
            var valid = provider.Verify(signingInput.Array!, signingInput.Offset, signingInput.Count, signature, 0, signature.Length);
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

            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
