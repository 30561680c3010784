namespace Credentials.Model.Registry;

/// <summary>The outcome of a token request and, when it redeemed one, the offer as stored afterwards.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Offer">The redeemed offer; null unless <see cref="OfferRedemptionOutcome.Redeemed"/>.</param>
public sealed record OfferRedemption(OfferRedemptionOutcome Outcome, CredentialOfferRecord? Offer);
