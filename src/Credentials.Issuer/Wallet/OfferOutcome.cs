namespace Credentials.Issuer.Wallet;

/// <summary>A new offer, or why none was made.</summary>
/// <param name="Offer">The offer; null when refused.</param>
/// <param name="Problem">Why it was refused; null when made.</param>
public sealed record OfferOutcome(CredentialOffer? Offer, OfferProblem? Problem);
