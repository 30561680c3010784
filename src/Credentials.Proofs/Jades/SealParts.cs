namespace Credentials.Proofs.Jades;

/// <summary>A seal taken apart: envelope, protected header, unsigned properties, and whether the headers are acceptable.</summary>
internal sealed record SealParts(JadesEnvelope Envelope, JadesHeader Header, JadesUnsignedProperties Unsigned, bool HeaderUsable);
