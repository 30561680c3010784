using Microsoft.IdentityModel.Tokens;
using NSec.Cryptography;

namespace Credentials.Proofs.Jws;

/// <summary>Ed25519 signing and verification through NSec.</summary>
internal sealed class EdDsaSignatureProvider : SignatureProvider
{
    private readonly EdDsaSecurityKey _key;

    public EdDsaSignatureProvider(EdDsaSecurityKey key, string algorithm)
        : base(key, algorithm)
    {
        _key = key;
    }

    public override byte[] Sign(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Sign(input.AsSpan());
    }

    public override byte[] Sign(byte[] input, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Sign(input.AsSpan(offset, count));
    }

    public override bool Sign(ReadOnlySpan<byte> data, Span<byte> destination, out int bytesWritten)
    {
        var signature = Sign(data);
        bytesWritten = 0;
        if (!signature.AsSpan().TryCopyTo(destination))
        {
            return false;
        }

        bytesWritten = signature.Length;
        return true;
    }

    public override bool Verify(byte[] input, byte[] signature)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(signature);
        return SignatureAlgorithm.Ed25519.Verify(_key.PublicKey, input, signature);
    }

    public override bool Verify(byte[] input, int inputOffset, int inputLength, byte[] signature, int signatureOffset, int signatureLength)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(signature);
        return SignatureAlgorithm.Ed25519.Verify(
            _key.PublicKey,
            input.AsSpan(inputOffset, inputLength),
            signature.AsSpan(signatureOffset, signatureLength));
    }

    protected override void Dispose(bool disposing)
    {
    }

    private byte[] Sign(ReadOnlySpan<byte> data) =>
        _key.Signer?.Sign(data) ?? throw new InvalidOperationException("this EdDSA key has no private part");
}
