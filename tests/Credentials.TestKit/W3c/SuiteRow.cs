using System.Text.Json.Nodes;

namespace Credentials.TestKit.W3c;

/// <summary>
/// One case of a W3C test suite, as our manifest (<c>tests/w3c/&lt;suite&gt;/manifest.json</c>) records it: the
/// statement of the spec the suite tests, the suite file it comes from, the endpoint, the input and what must happen.
/// </summary>
/// <param name="Id">Unique within the suite: the endpoint and the input's name.</param>
/// <param name="Statement">The spec's words, as the suite quotes them.</param>
/// <param name="Source">The suite file the case comes from.</param>
/// <param name="Endpoint">What the suite calls: <c>issue</c>, <c>verify</c>, <c>verifyVp</c>, or a CLI command.</param>
/// <param name="Input">The input file, relative to the suite's <c>input/</c> folder.</param>
/// <param name="Expected">What the suite expects: <c>issued</c>, <c>verified</c> or <c>refused</c>.</param>
/// <param name="Deliberate">Set when we deliberately fail the case: our reason, also listed in README.</param>
public sealed record SuiteRow(string Id, string Statement, string Source, string Endpoint, string Input, string Expected, string? Deliberate)
{
    /// <summary>The suite's feature for the case (vc-jose-cose: <c>credential_jose</c>, …); null when it has none.</summary>
    public string? Feature { get; init; }

    /// <summary>The key file the case is run with (vc-jose-cose); null when it has none.</summary>
    public string? Key { get; init; }

    /// <summary>The Data Integrity cryptosuite the case is run with (vc-di-eddsa); null when it has none.</summary>
    public string? Cryptosuite { get; init; }

    /// <summary>What the suite asserts about an issued credential (vc-di-eddsa), named in our manifest; null when
    /// the case only looks at the HTTP outcome.</summary>
    public string? Check { get; init; }

    /// <summary>The change the suite makes to the input before sending it (<c>remove</c>, <c>set</c>, <c>add</c>
    /// with a JSON Pointer, <c>dropFirstChar</c>, <c>stringify</c>); null when the input is sent as it is.</summary>
    public JsonObject? Mutate { get; init; }

    /// <summary>Whether the suite expects the input to be refused.</summary>
    public bool ExpectsRefusal => Expected == "refused";

    /// <inheritdoc />
    public override string ToString() => Id;

    internal static SuiteRow From(JsonObject row) => new(
        (string)row["id"]!,
        (string)row["statement"]!,
        (string)row["source"]!,
        (string)row["endpoint"]!,
        (string)row["input"]!,
        (string)row["expected"]!,
        (string?)row["deliberate"])
    {
        Feature = (string?)row["feature"],
        Key = (string?)row["key"],
        Cryptosuite = (string?)row["cryptosuite"],
        Check = (string?)row["check"],
        Mutate = row["mutate"]?.AsObject(),
    };
}
