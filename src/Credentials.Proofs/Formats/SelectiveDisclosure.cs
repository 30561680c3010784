using System.Text.Json.Nodes;

namespace Credentials.Proofs.Formats;

/// <summary>
/// What the holder of a selectively disclosable credential showed: the claims they disclosed and how many digests
/// stayed undisclosed. Which claims those are cannot be known, and some may be decoys (RFC 9901 §4.2.5).
/// </summary>
/// <param name="Disclosed">The disclosed claims, as JSON Pointers into the credential with their values.</param>
/// <param name="Withheld">Digests no disclosure was given for: withheld claims and decoys together.</param>
public sealed record SelectiveDisclosure(IReadOnlyList<KeyValuePair<string, JsonNode?>> Disclosed, int Withheld)
{
    /// <summary>
    /// The claims the issuer made visible to everyone (not selectively disclosable), as JSON Pointers with their values;
    /// the token's own registered claims (<c>iss</c>, <c>vct</c>, <c>cnf</c>, dates, status) are left out.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode?>> Visible { get; init; } = [];
}
