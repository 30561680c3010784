namespace Credentials.Issuer.Batches;

/// <summary>A learner's credential from a batch run, new or issued earlier.</summary>
/// <param name="Row">The input row.</param>
/// <param name="CredentialId">The credential id.</param>
/// <param name="Secured">The signed credential (compact JWS).</param>
/// <param name="IsNew">Whether this run issued it.</param>
public sealed record IssuedLearner(LearnerRow Row, string CredentialId, string Secured, bool IsNew);
