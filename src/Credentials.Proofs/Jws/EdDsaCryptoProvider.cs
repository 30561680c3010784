using Microsoft.IdentityModel.Tokens;

namespace Credentials.Proofs.Jws;

/// <summary>Hands Microsoft.IdentityModel an NSec signature provider for <c>EdDSA</c> on an <see cref="EdDsaSecurityKey"/>.</summary>
internal sealed class EdDsaCryptoProvider : ICryptoProvider
{
    public static readonly EdDsaCryptoProvider Instance = new();

    public bool IsSupportedAlgorithm(string algorithm, params object[] args) =>
        algorithm is JwsAlgorithms.EdDsa or JwsAlgorithms.Ed25519 && args.Length > 0 && args[0] is EdDsaSecurityKey;

    public object Create(string algorithm, params object[] args)
    {
        if (!IsSupportedAlgorithm(algorithm, args))
        {
            throw new NotSupportedException($"EdDsaCryptoProvider does not support '{algorithm}' with this key.");
        }

        return new EdDsaSignatureProvider((EdDsaSecurityKey)args[0], algorithm);
    }

    public void Release(object cryptoInstance)
    {
        if (cryptoInstance is IDisposable d)
        {
            d.Dispose();
        }
    }
}
