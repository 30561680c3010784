using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.MicroCredentials;

/// <summary>One learning outcome: its text and the ESCO skills it relates to.</summary>
/// <param name="Title">The outcome text.</param>
/// <param name="EscoSkills">Related ESCO skill concepts (may be empty).</param>
public sealed record LearningOutcome(LanguageMap? Title, IReadOnlyList<Concept> EscoSkills);
