using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Elm;

/// <summary>
/// What any ELM credential says about itself for a reader, beyond the micro-credential elements: its kind and
/// description, what the claim is (an achievement, an activity…), its dates and workload, and the Europass display
/// image. Read as given; missing items stay null.
/// </summary>
public sealed record ElmDisplay
{
    /// <summary>The credential's own name for its kind (<c>displayParameter.title</c>), e.g. "Certificate of Participation".</summary>
    public LanguageMap? Kind { get; init; }

    /// <summary>The display description (<c>displayParameter.description</c>), e.g. "has attended the EDC Updates webinar".</summary>
    public LanguageMap? KindDescription { get; init; }

    /// <summary>The credential profiles (<c>credentialProfiles</c>), e.g. Generic, Diploma Supplement.</summary>
    public IReadOnlyList<Concept> Profiles { get; init; } = [];

    /// <summary>The claim's class (<c>hasClaim.type</c>), e.g. <c>LearningAchievement</c>, <c>LearningActivity</c>.</summary>
    public string? ClaimType { get; init; }

    /// <summary>The claim's description.</summary>
    public LanguageMap? Description { get; init; }

    /// <summary>The type of the specification (<c>specifiedBy.dcType</c>), e.g. "workshop, seminar or conference".</summary>
    public Concept? SpecificationType { get; init; }

    /// <summary>Start of the activity or learning period (<c>hasClaim.temporal.startDate</c>).</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>End of the activity or learning period (<c>hasClaim.temporal.endDate</c>).</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>When the assessment was made (<c>provenBy.dateIssued</c>).</summary>
    public DateTimeOffset? AssessmentDate { get; init; }

    /// <summary>Workload in hours: the claim's own <c>workload</c>, else the specification's <c>volumeOfLearning</c> (whole-hour durations only).</summary>
    public decimal? WorkloadHours { get; init; }

    /// <summary>The first Europass display image as given (base64 text and the declared file type); not yet checked.</summary>
    public (string Base64, string? DeclaredType)? Image { get; init; }
}
