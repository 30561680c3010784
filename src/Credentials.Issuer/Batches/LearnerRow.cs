namespace Credentials.Issuer.Batches;

/// <summary>One learner row of a batch input, as read (not yet validated against the model).</summary>
/// <param name="Line">The 1-based line number where the row starts in the input file.</param>
/// <param name="StudentNumber">The student number.</param>
/// <param name="GivenName">Given name(s).</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="DateOfBirth">Date of birth, <c>YYYY-MM-DD</c>.</param>
/// <param name="Email">E-mail address; empty when none.</param>
/// <param name="NationalId">National identifier; empty when none.</param>
/// <param name="Grade">The grade as text.</param>
/// <param name="CompletionDate">Completion date, <c>YYYY-MM-DD</c>.</param>
public sealed record LearnerRow(
    int Line,
    string StudentNumber,
    string GivenName,
    string FamilyName,
    string DateOfBirth,
    string Email,
    string NationalId,
    string Grade,
    string CompletionDate);
