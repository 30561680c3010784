namespace Credentials.JsonLd.Canonicalization;

/// <summary>The outcome of RDFC-1.0: the canonical N-Quads document and the issued identifier map.</summary>
public sealed class CanonicalizationResult
{
    internal CanonicalizationResult(string canonicalNQuads, IReadOnlyList<string> lines, IReadOnlyDictionary<string, string> issuedIdentifiers)
    {
        CanonicalNQuads = canonicalNQuads;
        Lines = lines;
        IssuedIdentifiers = issuedIdentifiers;
    }

    /// <summary>The canonical N-Quads document: sorted, distinct lines, each ending in <c>"\n"</c>.</summary>
    public string CanonicalNQuads { get; }

    /// <summary>The canonical lines (each with its terminating <c>"\n"</c>), in code point order.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The input blank node labels (without <c>_:</c>) mapped to their canonical labels (<c>c14nN</c>).</summary>
    public IReadOnlyDictionary<string, string> IssuedIdentifiers { get; }

    /// <inheritdoc />
    public override string ToString() => CanonicalNQuads;
}
