using Credentials.Model.Text;

namespace Credentials.Model.MicroCredentials;

/// <summary>Stackability: whether the micro-credential is part of a larger qualification, and which.</summary>
/// <param name="IsPartialQualification">True when it is a part of a larger qualification.</param>
/// <param name="PartOf">URIs of the qualifications it can be stacked into.</param>
/// <param name="Note">Optional explanation of stackability options.</param>
public sealed record Stackability(bool IsPartialQualification, IReadOnlyList<string> PartOf, LanguageMap? Note);
