namespace Credentials.Issuer.Wallet;

/// <summary>
/// The error codes the OpenID4VCI endpoints answer with, as the specifications spell them: the token endpoint's from
/// RFC 6749 §5.2 and OpenID4VCI 1.0 §6.3, the bearer token's from RFC 6750 §3.1, the credential endpoint's from
/// OpenID4VCI 1.0 §8.3.1.2.
/// </summary>
public static class WalletErrors
{
    /// <summary>A parameter is missing, repeated or malformed (token endpoint), or a tx_code is expected and missing.</summary>
    public const string InvalidRequest = "invalid_request";

    /// <summary>The pre-authorized code is unknown, redeemed, expired, or its tx_code is wrong.</summary>
    public const string InvalidGrant = "invalid_grant";

    /// <summary>The grant type is not the pre-authorized code grant.</summary>
    public const string UnsupportedGrantType = "unsupported_grant_type";

    /// <summary>The access token is missing, unknown, expired or spent (401).</summary>
    public const string InvalidToken = "invalid_token";

    /// <summary>The credential request is malformed.</summary>
    public const string InvalidCredentialRequest = "invalid_credential_request";

    /// <summary>The credential configuration asked for is not offered here.</summary>
    public const string UnknownCredentialConfiguration = "unknown_credential_configuration";

    /// <summary>A <c>credential_identifier</c> was sent; this issuer hands out none.</summary>
    public const string UnknownCredentialIdentifier = "unknown_credential_identifier";

    /// <summary>The key proof is missing, malformed, badly signed, for another issuer or stale.</summary>
    public const string InvalidProof = "invalid_proof";

    /// <summary>The key proof's nonce is missing, unknown, expired or spent: get a new one from the nonce endpoint.</summary>
    public const string InvalidNonce = "invalid_nonce";

    /// <summary>The credential cannot be issued any more (revoked, or its award was erased).</summary>
    public const string CredentialRequestDenied = "credential_request_denied";
}
