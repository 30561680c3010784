namespace Credentials.Issuer.Wallet;

/// <summary>The OpenID4VCI settings: who the credential issuer is and how long its codes, tokens and nonces live.</summary>
public sealed record WalletIssuanceOptions
{
    /// <summary>The one credential configuration offered: the micro-credential as an SD-JWT VC.</summary>
    public const string ConfigurationId = "micro-credential-sd-jwt";

    /// <summary>The credential issuer identifier (OpenID4VCI 1.0 §12.2.1): the service's public base URL.</summary>
    public required string CredentialIssuer { get; init; }

    /// <summary>How long an offer's pre-authorized code can be redeemed.</summary>
    public TimeSpan OfferLifetime { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How long the access token a code is exchanged for works.</summary>
    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a c_nonce can be used.</summary>
    public TimeSpan NonceLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How old a key proof's <c>iat</c> may be.</summary>
    public TimeSpan ProofMaxAge { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How far a wallet's clock may run ahead.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Wrong tx_codes after which an offer is locked.</summary>
    public int MaxTxCodeFailures { get; init; } = 5;

    /// <summary>Digits of a tx_code.</summary>
    public int TxCodeLength { get; init; } = 6;

    /// <summary>The token endpoint's address.</summary>
    public string TokenEndpoint => Base + "/openid4vci/token";

    /// <summary>The nonce endpoint's address.</summary>
    public string NonceEndpoint => Base + "/openid4vci/nonce";

    /// <summary>The credential endpoint's address.</summary>
    public string CredentialEndpoint => Base + "/openid4vci/credential";

    private string Base => CredentialIssuer.TrimEnd('/');
}
