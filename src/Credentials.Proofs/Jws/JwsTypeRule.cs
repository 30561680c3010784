namespace Credentials.Proofs.Jws;

/// <summary>The header types one kind of token must carry (<see cref="JwsTypes"/>).</summary>
/// <param name="What">The kind, for messages: "a VC-JOSE credential".</param>
/// <param name="Types">The allowed <c>typ</c> values without <c>application/</c>; the first is named in messages.</param>
/// <param name="TypeOptional">Whether <c>typ</c> may be absent.</param>
/// <param name="ContentTypes">The allowed <c>cty</c> values when present; null: not checked.</param>
public sealed record JwsTypeRule(string What, IReadOnlyList<string> Types, bool TypeOptional, IReadOnlyList<string>? ContentTypes);
