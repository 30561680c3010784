using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.MicroCredentials;

/// <summary>
/// The course-level part of a micro-credential (Annex I elements that do not depend on the learner). Properties
/// that a reader may not find are nullable; <c>MicroCredentialValidator</c> says what is missing.
/// </summary>
public sealed record MicroCredentialTemplate
{
    /// <summary>Title of the micro-credential (Annex I, mandatory).</summary>
    public LanguageMap? Title { get; init; }

    /// <summary>BCP 47 primary tag of the language the credential is primarily displayed in; default <c>en</c>.</summary>
    public string PrimaryLanguage { get; init; } = "en";

    /// <summary>The issuer's legal identity, country and region (Annex I, mandatory).</summary>
    public Organisation? Issuer { get; init; }

    /// <summary>Awarding bodies (Annex I, mandatory); empty means the issuer awards it.</summary>
    public IReadOnlyList<Organisation> AwardingBodies { get; init; } = [];

    /// <summary>Learning outcomes (Annex I, mandatory), at least one.</summary>
    public IReadOnlyList<LearningOutcome> LearningOutcomes { get; init; } = [];

    /// <summary>Optional summary of the learning outcomes.</summary>
    public LanguageMap? LearningOutcomeSummary { get; init; }

    /// <summary>Notional workload in ECTS credits (Annex I, mandatory), 1–59 for a micro-credential.</summary>
    public decimal? EctsCredits { get; init; }

    /// <summary>Optional notional workload in hours.</summary>
    public decimal? NotionalHours { get; init; }

    /// <summary>EQF level 1–8 (Annex I, mandatory where applicable; our profile requires it).</summary>
    public int? EqfLevel { get; init; }

    /// <summary>Optional national qualifications framework level.</summary>
    public Concept? NqfLevel { get; init; }

    /// <summary>Optional QF-EHEA cycle (carried as <c>educationLevel</c>).</summary>
    public Concept? QfEheaCycle { get; init; }

    /// <summary>Type of assessment (Annex I, mandatory).</summary>
    public Concept? AssessmentType { get; init; }

    /// <summary>Optional title of the assessment; defaults to the assessment type's label.</summary>
    public LanguageMap? AssessmentTitle { get; init; }

    /// <summary>Optional supervision and identity verification during assessment.</summary>
    public Concept? IdVerification { get; init; }

    /// <summary>Form of participation: modes of learning (Annex I, mandatory), at least one.</summary>
    public IReadOnlyList<Concept> Modes { get; init; } = [];

    /// <summary>Form of participation: learning setting, formal or non-formal (Annex I, mandatory).</summary>
    public Concept? LearningSetting { get; init; }

    /// <summary>Type of quality assurance (Annex I, mandatory).</summary>
    public QualityAssurance? QualityAssurance { get; init; }

    /// <summary>Optional prerequisites needed to enrol.</summary>
    public LanguageMap? Prerequisites { get; init; }

    /// <summary>Optional stackability information.</summary>
    public Stackability? Stackability { get; init; }

    /// <summary>Optional further information.</summary>
    public LanguageMap? FurtherInformation { get; init; }

    /// <summary>Optional web page about the micro-credential.</summary>
    public string? Homepage { get; init; }

    /// <summary>Optional start of validity; the issuing time is used when absent.</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>Optional end of validity (becomes <c>expirationDate</c>).</summary>
    public DateTimeOffset? ValidUntil { get; init; }
}
