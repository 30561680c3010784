using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Elm;

/// <summary>What SHACL validation of an ELM credential found.</summary>
/// <param name="SchemaIds">The <c>credentialSchema.id</c> values the credential names, in order.</param>
/// <param name="UnknownSchemaIds">Those with no bundled shapes file.</param>
/// <param name="Report">The report against the shapes of all known ids; null when none is known or the data could not be read as RDF.</param>
/// <param name="RdfError">Why the credential could not be turned into RDF (JSON-LD error), or null.</param>
public sealed record ElmShaclOutcome(
    IReadOnlyList<string> SchemaIds,
    IReadOnlyList<string> UnknownSchemaIds,
    ValidationReport? Report,
    string? RdfError);
