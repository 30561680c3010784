namespace Credentials.JsonLd.Processing;

/// <summary>Options for <see cref="JsonLdProcessor"/> (a subset of JSON-LD 1.1 API §9.4 JsonLdOptions plus safe mode).</summary>
public sealed record JsonLdOptions
{
    /// <summary>JSON-LD 1.1 processing mode.</summary>
    public const string JsonLd11 = "json-ld-1.1";

    /// <summary>JSON-LD 1.0 processing mode.</summary>
    public const string JsonLd10 = "json-ld-1.0";

    /// <summary>Loads remote contexts; defaults to <see cref="BundledContexts.Loader"/> (offline, bundled only).</summary>
    public IDocumentLoader DocumentLoader { get; init; } = BundledContexts.Loader;

    /// <summary>The base IRI of the document, used to resolve relative IRIs; <see langword="null"/> for none.</summary>
    public string? Base { get; init; }

    /// <summary>
    /// When true, anything expansion or RDF conversion would silently drop (undefined terms, relative property or
    /// type IRIs, invalid language tags, free-floating values, ...) is an error (<see cref="JsonLdException"/> with
    /// code <c>safe mode violation</c> listing every problem) instead of a silent loss.
    /// </summary>
    public bool SafeMode { get; init; }

    /// <summary><see cref="JsonLd11"/> (default) or <see cref="JsonLd10"/>.</summary>
    public string ProcessingMode { get; init; } = JsonLd11;

    /// <summary>Whether toRdf keeps triples whose predicate is a blank node (generalized RDF). Default false.</summary>
    public bool ProduceGeneralizedRdf { get; init; }

    /// <summary>
    /// How <c>@direction</c> is represented in RDF: <see langword="null"/> (dropped, the default),
    /// <c>i18n-datatype</c> or <c>compound-literal</c> (JSON-LD 1.1 API §8.6 step 13).
    /// </summary>
    public string? RdfDirection { get; init; }

    /// <summary>An optional context applied before the document's own (JSON-LD 1.1 API expandContext).</summary>
    public System.Text.Json.JsonElement? ExpandContext { get; init; }
}
