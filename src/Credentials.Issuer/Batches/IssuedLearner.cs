namespace Credentials.Issuer.Batches;

/// <summary>A learner's credential from a batch run, new or issued earlier.</summary>
/// <param name="Row">The input row.</param>
/// <param name="CredentialId">The credential id.</param>
/// <param name="Secured">The signed credential (compact JWS); empty for one issued earlier whose content the registry did not keep.</param>
/// <param name="IsNew">Whether this run issued it.</param>
/// <param name="Sha256">The SHA-256 of <paramref name="Secured"/>'s UTF-8 bytes as the registry records it.</param>
public sealed record IssuedLearner(LearnerRow Row, string CredentialId, string Secured, bool IsNew, ReadOnlyMemory<byte> Sha256);
