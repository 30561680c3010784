using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.MicroCredentials;

/// <summary>Type of quality assurance (ELM <c>Accreditation</c>): kind, title and the quality assuring agency.</summary>
public sealed record QualityAssurance
{
    /// <summary>Accreditation type concept (mandatory).</summary>
    public Concept? Type { get; init; }

    /// <summary>Title of the accreditation (mandatory in ELM); defaults to the type's label.</summary>
    public LanguageMap? Title { get; init; }

    /// <summary>The quality assuring authority (mandatory).</summary>
    public Organisation? Agency { get; init; }
}
