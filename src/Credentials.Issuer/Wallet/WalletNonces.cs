using Credentials.Model.Registry;

namespace Credentials.Issuer.Wallet;

/// <summary>The nonce endpoint (OpenID4VCI 1.0 §7): single-use c_nonce values with a short life, kept by hash.</summary>
public sealed class WalletNonces
{
    private readonly ICredentialOfferStore _store;
    private readonly WalletIssuanceOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the endpoint's logic over the registry.</summary>
    public WalletNonces(ICredentialOfferStore store, WalletIssuanceOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _options = options;
        _time = time;
    }

    /// <summary>A new c_nonce, stored until it is spent or expires.</summary>
    public async Task<string> NewAsync(CancellationToken cancellationToken = default)
    {
        var nonce = WalletSecrets.NewToken();
        await _store.AddNonceAsync(WalletSecrets.Hash(nonce), _time.GetUtcNow() + _options.NonceLifetime, cancellationToken).ConfigureAwait(false);
        return nonce;
    }

    /// <summary>Spends <paramref name="nonce"/>: <see langword="true"/> once, while it is unexpired.</summary>
    public Task<bool> SpendAsync(string nonce, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        return _store.SpendNonceAsync(WalletSecrets.Hash(nonce), _time.GetUtcNow(), cancellationToken);
    }
}
