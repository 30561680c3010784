namespace Credentials.Issuer.Wallet;

/// <summary>The claim names of our micro-credential as an SD-JWT VC, as its type metadata labels them.</summary>
public static class WalletClaimNames
{
#pragma warning disable CS1591 // Each name is the claim it names; the type metadata holds the labels.
    public const string Title = "title";
    public const string IssuerName = "issuer_name";
    public const string Ects = "ects";
    public const string EqfLevel = "eqf_level";
    public const string LearningOutcomes = "learning_outcomes";
    public const string AwardingDate = "awarding_date";
    public const string GivenName = "given_name";
    public const string FamilyName = "family_name";
    public const string Birthdate = "birthdate";
    public const string StudentNumber = "student_number";
    public const string NationalId = "national_id";
    public const string Email = "email";
    public const string Grade = "grade";
#pragma warning restore CS1591

    /// <summary>The claims always disclosed: what the course was and who awarded it.</summary>
    public static IReadOnlyList<string> AlwaysDisclosed { get; } = [Title, IssuerName, Ects, EqfLevel, LearningOutcomes, AwardingDate];

    /// <summary>The claims the learner chooses to disclose, one disclosure each: their identity and grade.</summary>
    public static IReadOnlyList<string> SelectivelyDisclosable { get; } = [GivenName, FamilyName, Birthdate, StudentNumber, NationalId, Email, Grade];
}
