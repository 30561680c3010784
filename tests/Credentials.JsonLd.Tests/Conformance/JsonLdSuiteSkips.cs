namespace Credentials.JsonLd.Tests.Conformance;

/// <summary>
/// The W3C suite entries this processor does not run, each with its reason. All other entries run, including the
/// JSON-LD 1.0-only ones whose result 1.1 did not change.
/// </summary>
internal static class JsonLdSuiteSkips
{
    private const string Expand = "expand-manifest.jsonld";
    private const string ToRdf = "toRdf-manifest.jsonld";

    private const string Only10Redefine = "specVersion json-ld-1.0 only: 1.0 let a term that looks like a compact IRI map elsewhere; 1.1 (API §4.2.2 step 14.2.4) makes it invalid IRI mapping";
    private const string Only10TypeAlias = "specVersion json-ld-1.0 only: 1.0 allowed an IRI-looking term to alias @type; 1.1 rejects it (invalid IRI mapping)";
    private const string Only10RelativeVocab = "specVersion json-ld-1.0 only: 1.0 rejects a relative @vocab; this is a 1.1 processor, where a relative @vocab resolves against the base";
    private const string Only10ListOfLists = "specVersion json-ld-1.0 only: 1.0 forbids lists of lists; 1.1 allows them";
    private const string Only10Set = "specVersion json-ld-1.0 only: expects the 1.0 treatment of keyword-aliased @set values";

    private static readonly Dictionary<(string Manifest, string Id), string> Listed = new()
    {
        [(Expand, "#t0026")] = Only10TypeAlias,
        [(Expand, "#t0071")] = Only10Redefine,
        [(Expand, "#t0115")] = Only10RelativeVocab,
        [(Expand, "#t0116")] = Only10RelativeVocab,
        [(Expand, "#ter24")] = Only10ListOfLists,
        [(Expand, "#ter32")] = Only10ListOfLists,
        [(ToRdf, "#te014")] = Only10Set,
        [(ToRdf, "#te026")] = Only10TypeAlias,
        [(ToRdf, "#te071")] = Only10Redefine,
        [(ToRdf, "#te115")] = Only10RelativeVocab,
        [(ToRdf, "#te116")] = Only10RelativeVocab,
        [(ToRdf, "#ter24")] = Only10ListOfLists,
        [(ToRdf, "#ter32")] = Only10ListOfLists,
        [(ToRdf, "#t0118")] = "expects generalized RDF (blank node predicates), which N-Quads cannot carry and RDFC-1.0 cannot canonicalize for the isomorphism comparison",
        [(ToRdf, "#te075")] = "expects generalized RDF (blank node predicates), which N-Quads cannot carry and RDFC-1.0 cannot canonicalize for the isomorphism comparison",
    };

    public static string? Reason(string manifest, string id) =>
        Listed.TryGetValue((manifest, id), out var reason) ? reason : null;

    public static IEnumerable<(string Manifest, string Id, string Reason)> All() =>
        Listed.Select(e => (e.Key.Manifest, e.Key.Id, e.Value));
}
