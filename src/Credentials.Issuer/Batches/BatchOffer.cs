using Credentials.Issuer.Wallet;

namespace Credentials.Issuer.Batches;

/// <summary>One learner's wallet offer from a batch, or why the learner has none.</summary>
/// <param name="CredentialId">The learner's registry credential.</param>
/// <param name="Offer">The offer, with its secrets; null when none was made.</param>
/// <param name="Problem">Why none was made (revoked, content not kept); null when made.</param>
public sealed record BatchOffer(string CredentialId, CredentialOffer? Offer, OfferProblem? Problem);
