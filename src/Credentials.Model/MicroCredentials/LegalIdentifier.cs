namespace Credentials.Model.MicroCredentials;

/// <summary>A registration identifier (ELM <c>LegalIdentifier</c>): the value and the name of its scheme.</summary>
/// <param name="Notation">The identifier itself, e.g. <c>1234567-8</c>.</param>
/// <param name="Scheme">Name of the identifier scheme, e.g. <c>FI:business-id</c>.</param>
public sealed record LegalIdentifier(string? Notation, string? Scheme);
