using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Model.Registry;
using Credentials.Proofs.KeyProofs;

namespace Credentials.Issuer.Wallet;

/// <summary>
/// The credential endpoint (OpenID4VCI 1.0 §8): with the access token of a redeemed offer and a JWT key proof over a
/// fresh c_nonce, signs the offer's award as an SD-JWT VC bound to the proved key, once, and deletes the award.
/// </summary>
public sealed class WalletCredentialRequests
{
    private readonly ICredentialOfferStore _offers;
    private readonly ICredentialStore _credentials;
    private readonly WalletNonces _nonces;
    private readonly IWalletCredentialIssuer _issuer;
    private readonly WalletIssuanceOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the endpoint's logic.</summary>
    public WalletCredentialRequests(
        ICredentialOfferStore offers, ICredentialStore credentials, WalletNonces nonces, IWalletCredentialIssuer issuer, WalletIssuanceOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(nonces);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _offers = offers;
        _credentials = credentials;
        _nonces = nonces;
        _issuer = issuer;
        _options = options;
        _time = time;
    }

    /// <summary>
    /// Answers a credential request. Never throws for bad input: a missing, unknown or spent access token is
    /// <c>invalid_token</c>; a body that is not the request object <c>invalid_credential_request</c>; another
    /// configuration <c>unknown_credential_configuration</c>; a bad proof <c>invalid_proof</c>; a missing, unknown or
    /// spent nonce <c>invalid_nonce</c>; a revoked or erased credential <c>credential_request_denied</c>.
    /// </summary>
    /// <param name="accessToken">The bearer token sent; null when none.</param>
    /// <param name="body">The request body as UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<CredentialRequestOutcome> IssueAsync(string? accessToken, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var tokenHash = accessToken is { Length: > 0 } ? WalletSecrets.Hash(accessToken) : null;
        var offer = tokenHash is null ? null : await _offers.FindByAccessTokenAsync(tokenHash, now, cancellationToken).ConfigureAwait(false);
        if (offer?.AwardJson is null)
        {
            return CredentialRequestOutcome.Fail(WalletErrors.InvalidToken, "The access token is missing, unknown, expired or used already.");
        }

        var (proof, requestError) = ReadRequest(body);
        if (requestError is not null)
        {
            return new CredentialRequestOutcome(null, requestError);
        }

        var verified = KeyProofVerifier.Verify(proof, new KeyProofExpectations(_options.CredentialIssuer, now, _options.ProofMaxAge, _options.ClockSkew));
        if (!verified.Accepted)
        {
            return CredentialRequestOutcome.Fail(verified.Problem == KeyProofProblem.MissingNonce ? WalletErrors.InvalidNonce : WalletErrors.InvalidProof, verified.Message!);
        }

        if (!await _nonces.SpendAsync(verified.Nonce!, cancellationToken).ConfigureAwait(false))
        {
            return CredentialRequestOutcome.Fail(WalletErrors.InvalidNonce, "The proof's nonce is unknown, expired or used already: get a new one from the nonce endpoint.");
        }

        var row = await _credentials.GetAsync(offer.CredentialId, cancellationToken).ConfigureAwait(false);
        if (row is null || row.Status == CredentialStatusState.Revoked || JsonNode.Parse(offer.AwardJson) is not JsonObject award)
        {
            return CredentialRequestOutcome.Fail(WalletErrors.CredentialRequestDenied, "The credential of this offer is revoked and is not issued to a wallet.");
        }

        WalletCredential credential;
        try
        {
            credential = await _issuer.IssueAsync(new WalletIssueRequest(row.CredentialId, offer.Issuer, award, row.StatusAllocations, verified.HolderKey!), cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            // The signer refuses an award of another issuer than its key's, or a holder key it cannot bind.
            return CredentialRequestOutcome.Fail(WalletErrors.CredentialRequestDenied, "This service cannot issue the credential of this offer.");
        }

        // Delivered once: of two requests racing with one token, only the one that marks the offer delivered answers.
        return await _offers.DeliverAsync(offer.Id, tokenHash!, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false)
            ? new CredentialRequestOutcome(credential, null)
            : CredentialRequestOutcome.Fail(WalletErrors.InvalidToken, "The access token was used already.");
    }

    private static (string? Proof, WalletError? Error) ReadRequest(ReadOnlyMemory<byte> body)
    {
        // A lone surrogate or broken UTF-8 would make reading a string throw later: refuse the text here.
        if (Credentials.Proofs.Jws.JsonText.Problem(body.Span) is not null)
        {
            return (null, new WalletError(WalletErrors.InvalidCredentialRequest, "The request body is not valid JSON text."));
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 16 });
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, new WalletError(WalletErrors.InvalidCredentialRequest, "The request body is not a JSON object."));
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, new WalletError(WalletErrors.InvalidCredentialRequest, "The request body is not a JSON object."));
        }

        if (root.TryGetProperty("credential_identifier", out _))
        {
            return (null, new WalletError(WalletErrors.UnknownCredentialIdentifier, "This issuer gives no credential identifiers: ask by credential_configuration_id."));
        }

        if (!root.TryGetProperty("credential_configuration_id", out var configuration) || configuration.ValueKind != JsonValueKind.String)
        {
            return (null, new WalletError(WalletErrors.InvalidCredentialRequest, "The request has no credential_configuration_id."));
        }

        if (!string.Equals(configuration.GetString(), WalletIssuanceOptions.ConfigurationId, StringComparison.Ordinal))
        {
            return (null, new WalletError(WalletErrors.UnknownCredentialConfiguration, $"The only credential configuration is {WalletIssuanceOptions.ConfigurationId}."));
        }

        var hasProofs = root.TryGetProperty("proofs", out var proofs);
        var hasProof = root.TryGetProperty("proof", out var single);
        return (hasProofs, hasProof) switch
        {
            (true, true) => (null, new WalletError(WalletErrors.InvalidCredentialRequest, "The request has both proof and proofs.")),
            (true, false) => FromProofs(proofs),
            (false, true) => FromProof(single),
            _ => (null, new WalletError(WalletErrors.InvalidProof, "The request has no proof of possession of a key.")),
        };
    }

    // OpenID4VCI 1.0 §8.2: proofs is an object with one member per proof type; without batch issuance, one proof.
    private static (string?, WalletError?) FromProofs(JsonElement proofs)
    {
        if (proofs.ValueKind != JsonValueKind.Object || proofs.EnumerateObject().Count() != 1 || !proofs.TryGetProperty("jwt", out var jwt))
        {
            return (null, new WalletError(WalletErrors.InvalidProof, "proofs must hold one jwt array, the only proof type accepted."));
        }

        return jwt.ValueKind == JsonValueKind.Array && jwt.GetArrayLength() == 1 && jwt[0].ValueKind == JsonValueKind.String
            ? (jwt[0].GetString(), null)
            : (null, new WalletError(WalletErrors.InvalidProof, "proofs.jwt must hold exactly one JWT: this issuer issues one credential per request."));
    }

    // The draft form { "proof": { "proof_type": "jwt", "jwt": "…" } }, still sent by some wallets.
    private static (string?, WalletError?) FromProof(JsonElement proof) =>
        proof.ValueKind == JsonValueKind.Object
        && proof.TryGetProperty("proof_type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "jwt"
        && proof.TryGetProperty("jwt", out var jwt) && jwt.ValueKind == JsonValueKind.String
            ? (jwt.GetString(), null)
            : (null, new WalletError(WalletErrors.InvalidProof, "proof must be {\"proof_type\": \"jwt\", \"jwt\": \"…\"}."));
}
