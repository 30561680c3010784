namespace Credentials.Issuer.Batches;

/// <summary>The columns of a learners file, whatever the file calls them (<see cref="LearnerColumns"/>).</summary>
public enum LearnerField
{
    /// <summary>The student number.</summary>
    StudentNumber,

    /// <summary>Given name(s).</summary>
    GivenName,

    /// <summary>Family name.</summary>
    FamilyName,

    /// <summary>Date of birth.</summary>
    DateOfBirth,

    /// <summary>E-mail address (optional).</summary>
    Email,

    /// <summary>National identifier, e.g. a Finnish personal identity code (optional).</summary>
    NationalId,

    /// <summary>The grade.</summary>
    Grade,

    /// <summary>The completion (award) date.</summary>
    CompletionDate,
}
