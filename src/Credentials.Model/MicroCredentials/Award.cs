using Credentials.Model.Text;

namespace Credentials.Model.MicroCredentials;

/// <summary>The per-learner award: grade and the date the award was made.</summary>
public sealed record Award
{
    /// <summary>Grade (Annex I, optional in Annex I; ELM requires a grade whenever an assessment is present).</summary>
    public LanguageMap? Grade { get; init; }

    /// <summary>Date the micro-credential was awarded (mandatory in our profile).</summary>
    public DateTimeOffset? AwardDate { get; init; }
}
