using System.Text.Json.Nodes;
using Credentials.Proofs.Jws;
using Credentials.Proofs.KeyProofs;
using Credentials.Proofs.Keys;

namespace Credentials.Issuer.Wallet;

/// <summary>
/// The two metadata documents a wallet reads before the pre-authorized code flow: the credential issuer's
/// (OpenID4VCI 1.0 §12.2) and the authorization server's (RFC 8414; the service is its own, so the issuer metadata
/// names no <c>authorization_servers</c>).
/// </summary>
public static class WalletMetadata
{
    /// <summary>The credential issuer metadata for an issuer key of <paramref name="keyType"/>.</summary>
    public static JsonObject CredentialIssuer(WalletIssuanceOptions options, KeyType keyType, string vct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(vct);
        var configuration = new JsonObject
        {
            ["format"] = "dc+sd-jwt",
            ["vct"] = vct,
            ["scope"] = "micro_credential",
            ["cryptographic_binding_methods_supported"] = new JsonArray("jwk"),
            ["credential_signing_alg_values_supported"] = new JsonArray(keyType == KeyType.P256 ? JwsAlgorithms.Es256 : JwsAlgorithms.EdDsa),
            ["proof_types_supported"] = new JsonObject
            {
                ["jwt"] = new JsonObject { ["proof_signing_alg_values_supported"] = new JsonArray([.. KeyProofVerifier.Algorithms.Select(a => (JsonNode)a)]) },
            },
            ["credential_metadata"] = new JsonObject
            {
                ["display"] = Display(("Mikrotutkinto", "fi"), ("Mikroexamen", "sv"), ("Micro-credential", "en")),
            },
        };

        // Drafts before 1.0 read the display here; 1.0 moved it into credential_metadata (§12.2.4).
        configuration["display"] = configuration["credential_metadata"]!["display"]!.DeepClone();
        return new JsonObject
        {
            ["credential_issuer"] = options.CredentialIssuer,
            ["credential_endpoint"] = options.CredentialEndpoint,
            ["nonce_endpoint"] = options.NonceEndpoint,
            ["display"] = Display(("Mikrotutkintojen myöntäjä", "fi"), ("Utfärdare av mikroexamina", "sv"), ("Micro-credential issuer", "en")),
            ["credential_configurations_supported"] = new JsonObject { [WalletIssuanceOptions.ConfigurationId] = configuration },
        };
    }

    /// <summary>The authorization server metadata: the pre-authorized code grant only, without client authentication.</summary>
    public static JsonObject AuthorizationServer(WalletIssuanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new JsonObject
        {
            ["issuer"] = options.CredentialIssuer,
            ["token_endpoint"] = options.TokenEndpoint,
            ["grant_types_supported"] = new JsonArray(CredentialOffers.PreAuthorizedGrant),
            ["response_types_supported"] = new JsonArray(),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("none"),
            ["pre-authorized_grant_anonymous_access_supported"] = true,
        };
    }

    private static JsonArray Display(params (string Name, string Locale)[] names) =>
        new([.. names.Select(n => (JsonNode)new JsonObject { ["name"] = n.Name, ["locale"] = n.Locale })]);
}
