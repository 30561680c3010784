namespace Credentials.Shacl.Vocabularies;

/// <summary>A concept URI that is not in the controlled vocabulary its namespace belongs to.</summary>
/// <param name="Pointer">JSON Pointer of the concept object in the credential.</param>
/// <param name="ConceptId">The concept URI.</param>
/// <param name="List">The vocabulary file it was checked against, e.g. <c>eqf</c>.</param>
/// <param name="Mandatory">True when the Europass shapes make this vocabulary mandatory (see <see cref="ElmConceptLists"/>).</param>
public sealed record ConceptFinding(string Pointer, string ConceptId, string List, bool Mandatory);
