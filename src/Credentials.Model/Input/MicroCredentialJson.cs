using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Validation;

namespace Credentials.Model.Input;

/// <summary>
/// The JSON input form of a micro-credential (<c>credentials issue --input FILE.json</c>): one object with
/// <c>template</c>, <c>learner</c> and <c>award</c>. See <c>src/Credentials.Model/README.md</c> for every member.
/// Parsing never throws for bad input: it returns every problem with its JSON Pointer.
/// </summary>
public static class MicroCredentialJson
{
    /// <summary>Largest accepted input, 2 MiB (design §8: limit size before parsing).</summary>
    public const int MaxInputBytes = 2 * 1024 * 1024;

    /// <summary>Most problems listed for one input; hostile input cannot make the report unbounded.</summary>
    public const int MaxProblems = 500;

    /// <summary>Deepest accepted nesting; the input form needs 6 levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses and validates a whole micro-credential (<c>{"template", "learner", "award"}</c>).</summary>
    public static ParseResult<MicroCredential> Parse(ReadOnlySpan<byte> utf8) =>
        Run(utf8, (reader, root) =>
        {
            if (!reader.Object(root, string.Empty, "template", "learner", "award"))
            {
                return (null, []);
            }

            var template = Section(reader, root, "template", SectionReader.Template);
            var learner = Section(reader, root, "learner", SectionReader.Learner);
            var award = Section(reader, root, "award", SectionReader.Award);
            var credential = new MicroCredential(template ?? new MicroCredentialTemplate(), learner ?? new Learner(), award ?? new Award());
            var problems = MicroCredentialValidator.Validate(credential).ToList();
            if (template is null)
            {
                problems.RemoveAll(p => p.Pointer.StartsWith("/template/", StringComparison.Ordinal));
            }

            if (learner is null)
            {
                problems.RemoveAll(p => p.Pointer.StartsWith("/learner/", StringComparison.Ordinal));
            }

            if (award is null)
            {
                problems.RemoveAll(p => p.Pointer.StartsWith("/award/", StringComparison.Ordinal));
            }

            return (credential, problems);
        });

    /// <summary>Parses and validates a template document (the <c>template</c> object on its own; pointers start at its root).</summary>
    public static ParseResult<MicroCredentialTemplate> ParseTemplate(ReadOnlySpan<byte> utf8) =>
        Run(utf8, (reader, root) => SectionReader.Template(reader, root, string.Empty) is { } template
            ? (template, MicroCredentialValidator.ValidateTemplate(template, string.Empty))
            : (null, []));

    /// <summary>Parses and validates a learner document (the <c>learner</c> object on its own).</summary>
    public static ParseResult<Learner> ParseLearner(ReadOnlySpan<byte> utf8) =>
        Run(utf8, (reader, root) => SectionReader.Learner(reader, root, string.Empty) is { } learner
            ? (learner, MicroCredentialValidator.ValidateLearner(learner, string.Empty))
            : (null, []));

    /// <summary>Parses and validates an award document (the <c>award</c> object on its own).</summary>
    public static ParseResult<Award> ParseAward(ReadOnlySpan<byte> utf8) =>
        Run(utf8, (reader, root) => SectionReader.Award(reader, root, string.Empty) is { } award
            ? (award, MicroCredentialValidator.ValidateAward(award, string.Empty))
            : (null, []));

    /// <summary>
    /// Writes a credential in the input form (short codes where the vocabulary has one, full concepts otherwise), so
    /// a model read back from ELM can be stored, edited and issued again: <c>Parse(Write(m))</c> gives <c>m</c>.
    /// </summary>
    public static JsonObject Write(MicroCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new JsonObject
        {
            ["template"] = InputWriter.Template(credential.Template),
            ["learner"] = InputWriter.Learner(credential.Learner),
            ["award"] = InputWriter.Award(credential.Award),
        };
    }

    /// <summary>Writes a template in the input form (the <c>template</c> object).</summary>
    public static JsonObject WriteTemplate(MicroCredentialTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return InputWriter.Template(template);
    }

    private static T? Section<T>(InputReader reader, JsonElement root, string name, Func<InputReader, JsonElement, string, T?> read)
        where T : class
    {
        var at = "/" + name;
        if (!InputReader.TryMember(root, name, out var element))
        {
            reader.Report(at, ProblemCodes.Required, $"The '{name}' object is missing.");
            return null;
        }

        return read(reader, element, at);
    }

    private static ParseResult<T> Run<T>(ReadOnlySpan<byte> utf8, Func<InputReader, JsonElement, (T? Value, IReadOnlyList<ModelProblem> Semantic)> map)
        where T : class
    {
        if (utf8.Length > MaxInputBytes)
        {
            return new ParseResult<T>(null, [new ModelProblem(string.Empty, ProblemCodes.TooLarge,
                $"The input has {utf8.Length} bytes; the limit is {MaxInputBytes}.")]);
        }

        // Editors on Windows often save UTF-8 with a byte order mark; RFC 8259 §8.1 lets parsers ignore it.
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        // System.Text.Json checks string contents only when they are read; check the encoding once, up front.
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return new ParseResult<T>(null, [new ModelProblem(string.Empty, ProblemCodes.MalformedJson, "The input is not valid UTF-8.")]);
        }

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
            document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                document.Dispose();
                return new ParseResult<T>(null, [new ModelProblem(string.Empty, ProblemCodes.MalformedJson,
                    "The input has more than one JSON value.")]);
            }
        }
        catch (JsonException ex)
        {
            return new ParseResult<T>(null, [JsonProblem(ex)]);
        }

        using (document)
        {
            // Duplicate members are ambiguous (which one did the author mean?) and a classic smuggling vector,
            // so they are rejected before any value is read (design §8).
            if (FindDuplicate(document.RootElement, string.Empty) is { } duplicate)
            {
                return new ParseResult<T>(null, [new ModelProblem(duplicate, ProblemCodes.DuplicateMember,
                    "This member appears more than once in its object.")]);
            }

            var input = new InputReader();
            var (value, semantic) = map(input, document.RootElement);
            var problems = input.Problems.ToList();

            // A value the reader already flagged (or one inside it) is not reported again as missing.
            var flagged = new HashSet<string>(StringComparer.Ordinal);
            foreach (var problem in input.Problems)
            {
                for (var at = problem.Pointer; at.Length > 0; at = Parent(at))
                {
                    flagged.Add(at);
                }
            }

            var reported = new HashSet<string>(input.Problems.Select(p => p.Pointer), StringComparer.Ordinal);
            problems.AddRange(semantic.Where(s => !flagged.Contains(s.Pointer) && !HasReportedAncestor(s.Pointer, reported)));
            if (problems.Count > MaxProblems)
            {
                problems = problems.Take(MaxProblems).Append(new ModelProblem(string.Empty, ProblemCodes.TooManyProblems,
                    $"More than {MaxProblems} problems; only the first {MaxProblems} are listed.")).ToList();
            }

            return new ParseResult<T>(value, problems);
        }
    }

    private static string Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? string.Empty : pointer[..slash];
    }

    private static bool HasReportedAncestor(string pointer, HashSet<string> reported)
    {
        for (var at = Parent(pointer); at.Length > 0; at = Parent(at))
        {
            if (reported.Contains(at))
            {
                return true;
            }
        }

        return false;
    }

    private static ModelProblem JsonProblem(JsonException ex)
    {
        var where = ex.LineNumber is { } line
            ? $" (line {line + 1}, byte {ex.BytePositionInLine.GetValueOrDefault() + 1})"
            : string.Empty;
        return new ModelProblem(string.Empty, ProblemCodes.MalformedJson, "The input is not well-formed JSON" + where + ".");
    }

    private static string? FindDuplicate(JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    var at = JsonPointer.Append(pointer, member.Name);
                    if (!seen.Add(member.Name))
                    {
                        return at;
                    }

                    if (FindDuplicate(member.Value, at) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindDuplicate(item, JsonPointer.Append(pointer, index++)) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
