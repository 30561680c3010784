using System.Text.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Credentials.Model.Schema;

/// <summary>
/// <see cref="ISchemaValidator"/> over NJsonSchema. The schema is parsed once; validation is thread-safe. NJsonSchema
/// ignores several keywords (<c>const</c>, <c>if/then/else</c>, <c>unevaluatedProperties</c>, <c>prefixItems</c>,
/// <c>contains</c>, <c>dependentRequired</c>, <c>propertyNames</c>), so our schemas use only the subset it enforces.
/// </summary>
public sealed class NJsonSchemaValidator : ISchemaValidator
{
    /// <summary>Resource name of the embedded ELM micro-credential profile schema.</summary>
    public const string ElmMicroCredentialResource = "Credentials.Schemas.elm-microcredential.schema.json";

    /// <summary>
    /// ELM definitions whose values recur unchanged across credentials (vocabulary concepts, the issuing organisation,
    /// the course specification), so remembering them by content pays; learner data is left out.
    /// </summary>
    private static readonly string[] SharedElmDefinitions =
    [
        "concept", "conceptScheme", "countryConcept", "location", "legalIdentifier", "organisation",
        "qualification", "learningOutcome", "creditPoint", "accreditation",
    ];

    private static readonly Lazy<NJsonSchemaValidator> LazyElm = new(() => Remembering(LoadEmbedded(ElmMicroCredentialResource), SharedElmDefinitions));

    /// <summary>Most errors listed for one document.</summary>
    public const int MaxErrors = 500;

    private readonly JsonSchema schema;
    private readonly JsonSchemaValidator validator;

    private NJsonSchemaValidator(JsonSchema schema, JsonSchemaValidator validator)
    {
        this.schema = schema;
        this.validator = validator;
    }

    /// <summary>The validator for <c>schemas/elm-microcredential.schema.json</c> (shared instance).</summary>
    public static NJsonSchemaValidator ElmMicroCredential => LazyElm.Value;

    /// <summary>A validator for a schema given as JSON text (tests, other profiles).</summary>
    /// <exception cref="ArgumentException">The schema text is not a valid JSON Schema.</exception>
    public static NJsonSchemaValidator FromSchemaText(string schemaJson)
    {
        try
        {
            return new NJsonSchemaValidator(JsonSchema.FromJsonAsync(schemaJson).GetAwaiter().GetResult(), new JsonSchemaValidator(new JsonSchemaValidatorSettings()));
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            throw new ArgumentException("The schema is not valid JSON Schema: " + ex.Message, nameof(schemaJson), ex);
        }
    }

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
        catch (System.Text.Json.JsonException ex)
        {
            return [new SchemaError(string.Empty, "The document is not well-formed JSON (or repeats a member): " + ex.Message)];
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<SchemaError> Validate(JsonElement json)
    {
        JToken token;
        try
        {
            token = ToToken(json);
        }
        catch (InvalidOperationException)
        {
            return [new SchemaError(string.Empty, "The document contains text that is not valid UTF-8.")];
        }

        return Explain(ValidateToken(token));
    }

    /// <summary>Stage 1 (measured separately by the benchmarks): the Newtonsoft tree of the document.</summary>
    internal static JToken ToToken(JsonElement json) => JTokenConverter.From(json);

    /// <summary>Stage 2: NJsonSchema's own validation of the tree.</summary>
    internal ICollection<ValidationError> ValidateToken(JToken token) => validator.Validate(token, schema);

    /// <summary>How many valid subtrees this validator remembers now (0 when it remembers none).</summary>
    internal int RememberedCount => (validator as MemoizingSchemaValidator)?.Count ?? 0;

    /// <summary>A validator that remembers subtrees found valid against the named definitions of the schema.</summary>
    internal static NJsonSchemaValidator Remembering(JsonSchema schema, IEnumerable<string> definitions) =>
        new(schema, new MemoizingSchemaValidator(definitions.Select(name => schema.Definitions[name])));

    /// <summary>Stage 3: NJsonSchema's error tree to our flat, de-duplicated list of pointers and messages.</summary>
    internal static IReadOnlyList<SchemaError> Explain(ICollection<ValidationError> errors)
    {
        if (errors.Count == 0)
        {
            return [];
        }

        var flat = new List<ValidationError>();
        foreach (var error in errors)
        {
            Flatten(error, flat);
        }

        // A value of the wrong JSON type explains everything NJsonSchema then says about members inside it.
        var mismatched = flat.Where(e => IsTypeMismatch(e.Kind)).Select(e => SchemaPath.ToJsonPointer(e.Path)).ToHashSet(StringComparer.Ordinal);
        return flat
            .Select(e => new SchemaError(SchemaPath.ToJsonPointer(e.Path), Describe(e)))
            .Where(e => !mismatched.Any(m => e.Pointer.StartsWith(m + "/", StringComparison.Ordinal)))
            .Distinct()
            .Take(MaxErrors)
            .ToList();
    }

    private static void Flatten(ValidationError error, List<ValidationError> output)
    {
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            // oneOf/anyOf: explain through the branch whose JSON type fits the value (fewest errors, no type
            // mismatch at the value itself); allOf: every failing branch counts.
            var branches = child.Errors.Values.Where(e => e.Count > 0).ToList();
            if (child.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf)
            {
                var fitting = branches
                    .Where(b => !b.Any(e => IsTypeMismatch(e.Kind) && e.Path == error.Path))
                    .OrderBy(b => b.Count)
                    .FirstOrDefault();
                if (fitting is null)
                {
                    output.Add(error);
                    return;
                }

                branches = [fitting];
            }

            foreach (var inner in branches.SelectMany(b => b))
            {
                Flatten(inner, output);
            }

            return;
        }

        output.Add(error);
    }

    private static bool IsTypeMismatch(ValidationErrorKind kind) => kind is ValidationErrorKind.ArrayExpected
        or ValidationErrorKind.ObjectExpected or ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected
        or ValidationErrorKind.IntegerExpected or ValidationErrorKind.BooleanExpected or ValidationErrorKind.NullExpected;

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => $"The member '{error.Property}' is required.",
        ValidationErrorKind.PatternMismatch => "The value does not have the required form.",
        ValidationErrorKind.NotInEnumeration => "The value is not one of the allowed values.",
        ValidationErrorKind.TooFewItems => "The array has too few items.",
        ValidationErrorKind.TooFewProperties => "The object has too few members.",
        ValidationErrorKind.StringTooShort => "The string is too short.",
        ValidationErrorKind.NotOneOf => "The value matches none of the allowed shapes (or more than one).",
        ValidationErrorKind.NotAnyOf => "The value matches none of the allowed shapes.",
        ValidationErrorKind.ObjectExpected => "Expected a JSON object.",
        ValidationErrorKind.ArrayExpected => "Expected a JSON array.",
        ValidationErrorKind.StringExpected => "Expected a string.",
        ValidationErrorKind.BooleanExpected => "Expected true or false.",
        ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected => "Expected a number.",
        _ => $"Schema violation: {error.Kind}.",
    };

    private static JsonSchema LoadEmbedded(string name)
    {
        using var stream = typeof(NJsonSchemaValidator).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded schema '{name}' is missing from {typeof(NJsonSchemaValidator).Assembly.GetName().Name}.");
        using var text = new StreamReader(stream);
        return JsonSchema.FromJsonAsync(text.ReadToEnd()).GetAwaiter().GetResult();
    }
}
