namespace Credentials.Proofs.SdJwt;

/// <summary>
/// What follows the issuer-signed JWT of an SD-JWT (RFC 9901 §4): <c>&lt;JWT&gt;~&lt;D1&gt;~…~&lt;Dn&gt;~&lt;KB-JWT&gt;</c>,
/// split but not decoded.
/// </summary>
/// <param name="Disclosures">The encoded disclosures, in the order given (an empty one is kept, to be reported).</param>
/// <param name="KeyBinding">The Key Binding JWT after the last <c>~</c>; null when nothing follows it.</param>
/// <param name="SignedPart">Everything up to and including the last <c>~</c>: what <c>sd_hash</c> covers (RFC 9901 §4.3.1).</param>
public sealed record SdJwtParts(IReadOnlyList<string> Disclosures, string? KeyBinding, string SignedPart)
{
    /// <summary>Splits an SD-JWT whose first <c>~</c> is at <paramref name="firstTilde"/>.</summary>
    public static SdJwtParts Split(string text, int firstTilde)
    {
        ArgumentNullException.ThrowIfNull(text);
        var last = text.LastIndexOf(SdJwtNames.Separator);
        var middle = last > firstTilde ? text[(firstTilde + 1)..last] : string.Empty;
        var disclosures = middle.Length == 0 ? [] : middle.Split(SdJwtNames.Separator);
        var kb = last == text.Length - 1 ? null : text[(last + 1)..];
        return new SdJwtParts(disclosures, kb, text[..(last + 1)]);
    }
}
