using Credentials.Model.Registry;

namespace Credentials.Issuer.Wallet;

/// <summary>
/// The token endpoint of the pre-authorized code flow (OpenID4VCI 1.0 §6): exchanges an offer's code, and its tx_code
/// when it has one, for a short-lived access token bound to that offer. A code works once.
/// </summary>
public sealed class PreAuthorizedTokens
{
    private readonly ICredentialOfferStore _offers;
    private readonly WalletIssuanceOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the endpoint's logic over the registry's offers.</summary>
    public PreAuthorizedTokens(ICredentialOfferStore offers, WalletIssuanceOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _offers = offers;
        _options = options;
        _time = time;
    }

    /// <summary>
    /// Answers a token request given as its form parameters (each name with every value sent). Never throws for bad
    /// input: a missing or repeated parameter is <c>invalid_request</c>, another grant <c>unsupported_grant_type</c>,
    /// an unknown, redeemed or expired code or a wrong tx_code <c>invalid_grant</c>.
    /// </summary>
    public async Task<TokenOutcome> RedeemAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);

        // RFC 6749 §3.2: request parameters must not be included more than once.
        if (form.FirstOrDefault(p => p.Value.Count > 1) is { Key: { } repeated })
        {
            return TokenOutcome.Fail(WalletErrors.InvalidRequest, $"The parameter {repeated} is sent more than once.");
        }

        string? One(string name) => form.TryGetValue(name, out var values) && values.Count == 1 && values[0].Length > 0 ? values[0] : null;
        if (One("grant_type") is not { } grantType)
        {
            return TokenOutcome.Fail(WalletErrors.InvalidRequest, "The grant_type parameter is missing.");
        }

        if (!string.Equals(grantType, CredentialOffers.PreAuthorizedGrant, StringComparison.Ordinal))
        {
            return TokenOutcome.Fail(WalletErrors.UnsupportedGrantType, $"Only the grant type {CredentialOffers.PreAuthorizedGrant} is supported.");
        }

        if (One("pre-authorized_code") is not { } code)
        {
            return TokenOutcome.Fail(WalletErrors.InvalidRequest, "The pre-authorized_code parameter is missing.");
        }

        var txCode = One("tx_code");
        var now = _time.GetUtcNow();
        await _offers.PurgeAsync(now, cancellationToken).ConfigureAwait(false);
        var token = WalletSecrets.NewToken();
        var redemption = await _offers.RedeemAsync(
            new OfferRedemptionRequest(
                WalletSecrets.Hash(code),
                txCode is null ? null : WalletSecrets.TxCodeHash(code, txCode),
                WalletSecrets.Hash(token),
                now + _options.AccessTokenLifetime,
                now,
                _options.MaxTxCodeFailures),
            cancellationToken).ConfigureAwait(false);
        return redemption.Outcome switch
        {
            OfferRedemptionOutcome.Redeemed => new TokenOutcome(new TokenGrant(token, (long)_options.AccessTokenLifetime.TotalSeconds), null),
            OfferRedemptionOutcome.TxCodeMissing => TokenOutcome.Fail(WalletErrors.InvalidRequest, "This offer asks for the tx_code sent to the learner separately."),
            OfferRedemptionOutcome.TxCodeWrong => TokenOutcome.Fail(WalletErrors.InvalidGrant, "The tx_code is wrong."),
            OfferRedemptionOutcome.TxCodeLocked => TokenOutcome.Fail(WalletErrors.InvalidGrant, "Too many wrong tx_codes were sent: ask the issuer for a new offer."),
            OfferRedemptionOutcome.AlreadyRedeemed => TokenOutcome.Fail(WalletErrors.InvalidGrant, "The pre-authorized code was used already."),
            OfferRedemptionOutcome.Expired => TokenOutcome.Fail(WalletErrors.InvalidGrant, "The offer has expired: ask the issuer for a new one."),
            _ => TokenOutcome.Fail(WalletErrors.InvalidGrant, "The pre-authorized code is unknown."),
        };
    }
}
