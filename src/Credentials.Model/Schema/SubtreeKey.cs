namespace Credentials.Model.Schema;

/// <summary>
/// Identifies "this exact JSON text checked against this schema node": the node's number and the first 192 bits of the
/// SHA-256 of the subtree's UTF-8 source.
/// </summary>
internal readonly record struct SubtreeKey(int Schema, ulong Hash0, ulong Hash1, ulong Hash2);
