namespace Credentials.Model.MicroCredentials;

/// <summary>
/// One micro-credential as issued to one learner: the course-level <see cref="Template"/> (given once by the
/// university), the <see cref="Learner"/> and the per-learner <see cref="Award"/>. Together they carry every
/// element of Annex I of Council Recommendation 2022/C 243/02.
/// </summary>
/// <param name="Template">Course-level data shared by every learner of a batch.</param>
/// <param name="Learner">Identification of the learner.</param>
/// <param name="Award">Grade and award date of this learner.</param>
public sealed record MicroCredential(MicroCredentialTemplate Template, Learner Learner, Award Award);
