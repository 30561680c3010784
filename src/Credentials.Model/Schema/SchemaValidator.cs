using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Credentials.Model.Schema;

/// <summary>
/// <see cref="ISchemaValidator"/> over JsonSchema.Net (draft 2020-12, <c>format</c> asserted). The schema is built
/// once; validation is thread-safe. A valid document costs one short-circuiting pass; only a failing one is evaluated
/// again in full to explain every error (<see cref="SchemaExplanation"/>).
/// </summary>
public sealed class SchemaValidator : ISchemaValidator
{
    /// <summary>Resource name of the embedded ELM micro-credential profile schema.</summary>
    public const string ElmMicroCredentialResource = "Credentials.Schemas.elm-microcredential.schema.json";

    /// <summary>Most errors listed for one document.</summary>
    public const int MaxErrors = 500;

    /// <summary>
    /// ELM definitions whose values recur unchanged across credentials (vocabulary concepts, the issuing organisation,
    /// the course specification), so remembering them by content pays; learner data is left out.
    /// </summary>
    private static readonly string[] SharedElmDefinitions =
    [
        "concept", "conceptScheme", "countryConcept", "location", "legalIdentifier", "organisation",
        "qualification", "learningOutcome", "creditPoint", "accreditation",
    ];

    private static readonly Lazy<SchemaValidator> LazyElm = new(() => Remembering(LoadEmbedded(ElmMicroCredentialResource), SharedElmDefinitions));

    private static readonly EvaluationOptions Quick = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private static readonly EvaluationOptions Full = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    private readonly JsonSchema _schema;
    private readonly JsonElement _source;
    private readonly MemoizingRefKeyword? _memory;

    private SchemaValidator(JsonSchema schema, JsonElement source, MemoizingRefKeyword? memory)
    {
        _schema = schema;
        _source = source;
        _memory = memory;
    }

    /// <summary>The validator for <c>schemas/elm-microcredential.schema.json</c> (shared instance).</summary>
    public static SchemaValidator ElmMicroCredential => LazyElm.Value;

    /// <summary>How many valid subtrees this validator remembers now (0 when it remembers none).</summary>
    internal int RememberedCount => _memory?.Count ?? 0;

    /// <summary>A validator for a draft 2020-12 schema given as JSON text (tests, other profiles); it remembers nothing.</summary>
    /// <exception cref="ArgumentException">The schema text is not a valid JSON Schema.</exception>
    public static SchemaValidator FromSchemaText(string schemaJson) => Build(schemaJson, null);

    /// <summary>A validator that remembers subtrees found valid against the named <c>$defs</c> of the schema.</summary>
    internal static SchemaValidator Remembering(string schemaJson, IEnumerable<string> definitions) =>
        Build(schemaJson, new MemoizingRefKeyword(definitions));

    /// <inheritdoc />
    public IReadOnlyList<SchemaError> Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            // Duplicate members would be silently merged by any later stage: reject them here (design §8).
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 });
            return Validate(document.RootElement);
        }
        catch (JsonException ex)
        {
            return [new SchemaError(string.Empty, "The document is not well-formed JSON (or repeats a member): " + ex.Message)];
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<SchemaError> Validate(JsonElement json)
    {
        try
        {
            if (_schema.Evaluate(json, Quick).IsValid)
            {
                return [];
            }

            return SchemaExplanation.Explain(_schema.Evaluate(json, Full), json, _source, MaxErrors);
        }
        catch (InvalidOperationException)
        {
            return [new SchemaError(string.Empty, "The document contains text that is not valid UTF-8.")];
        }
    }

    private static SchemaValidator Build(string schemaJson, MemoizingRefKeyword? memory)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        try
        {
            // The dialect is fixed here (2020-12, with our $ref when remembering); a "$schema" member would make
            // JsonSchema.Net pick its registered dialect instead, so the built copy leaves it out.
            var root = JsonNode.Parse(schemaJson) as JsonObject ?? throw new ArgumentException("The schema is not a JSON object.", nameof(schemaJson));
            root.Remove("$schema");
            var source = JsonSerializer.SerializeToElement(root);
            var dialect = memory is null ? Dialect.Draft202012 : Dialect.Draft202012.With([memory]);
            var schema = JsonSchema.Build(source, new BuildOptions { Dialect = dialect, SchemaRegistry = new SchemaRegistry() });
            return new SchemaValidator(schema, source, memory);
        }
        catch (Exception ex) when (ex is JsonException or JsonSchemaException or RefResolutionException)
        {
            throw new ArgumentException("The schema is not valid JSON Schema: " + ex.Message, nameof(schemaJson), ex);
        }
    }

    private static string LoadEmbedded(string name)
    {
        using var stream = typeof(SchemaValidator).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded schema '{name}' is missing from {typeof(SchemaValidator).Assembly.GetName().Name}.");
        using var text = new StreamReader(stream);
        return text.ReadToEnd();
    }
}
