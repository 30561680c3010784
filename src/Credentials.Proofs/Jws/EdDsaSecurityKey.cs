using Credentials.Proofs.Keys;
using Microsoft.IdentityModel.Tokens;
using NSec.Cryptography;

namespace Credentials.Proofs.Jws;

/// <summary>
/// An Ed25519 key for Microsoft.IdentityModel, which has no EdDSA of its own (IDX10634): signing and verifying go
/// to NSec through <see cref="EdDsaCryptoProvider"/>.
/// </summary>
internal sealed class EdDsaSecurityKey : AsymmetricSecurityKey
{
    public EdDsaSecurityKey(PublicKey publicKey, SigningKey? signer = null)
    {
        PublicKey = publicKey;
        Signer = signer;
        CryptoProviderFactory = new CryptoProviderFactory { CustomCryptoProvider = EdDsaCryptoProvider.Instance };
    }

    public PublicKey PublicKey { get; }

    public SigningKey? Signer { get; }

    public override int KeySize => 256;

    [Obsolete("HasPrivateKey is obsolete in the base class; PrivateKeyStatus answers the same question.")]
    public override bool HasPrivateKey => Signer is not null;

    public override PrivateKeyStatus PrivateKeyStatus => Signer is null ? PrivateKeyStatus.DoesNotExist : PrivateKeyStatus.Exists;
}
