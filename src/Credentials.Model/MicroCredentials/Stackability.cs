using Credentials.Model.Text;

namespace Credentials.Model.MicroCredentials;

/// <summary>Stackability: whether the micro-credential is part of a larger qualification, and which.</summary>
/// <param name="IsPartialQualification">True when it is a part of a larger qualification.</param>
/// <param name="PartOf">URIs of the qualifications it can be stacked into.</param>
/// <param name="Note">Optional explanation of stackability options.</param>
/// <param name="PartOfTitle">The title of the qualification(s) in <paramref name="PartOf"/>; ELM requires every qualification it names to carry a title.</param>
public sealed record Stackability(bool IsPartialQualification, IReadOnlyList<string> PartOf, LanguageMap? Note, LanguageMap? PartOfTitle = null);
