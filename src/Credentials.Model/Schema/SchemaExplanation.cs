using System.Text.Json;
using Json.Pointer;
using Json.Schema;

namespace Credentials.Model.Schema;

/// <summary>
/// Turns JsonSchema.Net's hierarchical results into our flat, de-duplicated list of pointers and messages: one error
/// per missing or unexpected member (pointing at that member), one per failing keyword elsewhere; a <c>oneOf</c> or
/// <c>anyOf</c> explained through the branch whose JSON type fits the value (fewest errors); nothing said inside a
/// value of the wrong JSON type.
/// </summary>
internal static class SchemaExplanation
{
    public static IReadOnlyList<SchemaError> Explain(EvaluationResults results, JsonElement instance, JsonElement schema, int maxErrors)
    {
        var flat = new List<Found>();
        Walk(results, instance, schema, flat);

        // A value of the wrong JSON type explains everything then said about members inside it.
        var mismatched = flat.Where(e => e.TypeMismatch).Select(e => e.Error.Pointer).ToHashSet(StringComparer.Ordinal);
        return flat
            .Select(e => e.Error)
            .Where(e => !mismatched.Any(m => e.Pointer.StartsWith(m + "/", StringComparison.Ordinal)))
            .Distinct()
            .Take(maxErrors)
            .ToList();
    }

    private static void Walk(EvaluationResults node, JsonElement instance, JsonElement schema, List<Found> output)
    {
        if (node.IsValid)
        {
            return;
        }

        var at = node.InstanceLocation.ToString();
        var subschema = SchemaAt(node, schema);
        foreach (var (keyword, _) in node.Errors ?? [])
        {
            switch (keyword)
            {
                case "required":
                    var value = node.InstanceLocation.Evaluate(instance);
                    foreach (var member in Strings(subschema, "required").Where(m => value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty(m, out _)))
                    {
                        output.Add(new Found(new SchemaError(at + "/" + Escape(member), $"The member '{member}' is required."), false));
                    }

                    break;
                case "type":
                    output.Add(new Found(new SchemaError(at, DescribeType(subschema)), true));
                    break;
                case "unevaluatedProperties" or "additionalProperties":
                    break; // said per member below
                case "":
                    output.Add(new Found(new SchemaError(at, "The value is not allowed here."), false));
                    break;
                default:
                    output.Add(new Found(new SchemaError(at, Describe(keyword)), false));
                    break;
            }
        }

        var prefix = node.EvaluationPath.ToString();
        var branches = new Dictionary<string, List<EvaluationResults>>(StringComparer.Ordinal);
        foreach (var child in node.Details ?? [])
        {
            var keyword = KeywordOf(child, prefix);
            if (keyword is "oneOf" or "anyOf")
            {
                (branches.TryGetValue(keyword, out var list) ? list : branches[keyword] = []).Add(child);
            }
            else if (keyword is "unevaluatedProperties" or "additionalProperties" && (child.Errors?.ContainsKey(string.Empty) ?? false))
            {
                // a member no subschema allows (the false schema)
                var name = child.InstanceLocation.SegmentCount > 0 ? child.InstanceLocation[child.InstanceLocation.SegmentCount - 1].ToString() : string.Empty;
                output.Add(new Found(new SchemaError(child.InstanceLocation.ToString(), $"The member '{name}' is not allowed here."), false));
            }
            else if (keyword is not ("contains" or "if" or "not"))
            {
                // a failing "if" only chooses "then" or "else"; "contains" and "not" are explained by their own keyword
                Walk(child, instance, schema, output);
            }
        }

        foreach (var (keyword, list) in branches)
        {
            var passed = list.Count(b => b.IsValid);
            if (keyword == "oneOf" ? passed == 1 : passed >= 1)
            {
                continue;
            }

            var fitting = passed > 0 ? null : list
                .Where(b => !HasTypeMismatchAt(b, node.InstanceLocation))
                .Select(b => { var inner = new List<Found>(); Walk(b, instance, schema, inner); return inner; })
                .Where(inner => inner.Count > 0)
                .OrderBy(inner => inner.Count)
                .FirstOrDefault();
            if (fitting is null)
            {
                output.Add(new Found(new SchemaError(at, keyword == "oneOf" ? "The value matches none of the allowed shapes (or more than one)." : "The value matches none of the allowed shapes."), false));
            }
            else
            {
                output.AddRange(fitting);
            }
        }
    }

    /// <summary>The keyword of <paramref name="parent"/> that produced <paramref name="child"/> (first segment after the parent's path).</summary>
    private static string KeywordOf(EvaluationResults child, string parent)
    {
        var path = child.EvaluationPath.ToString();
        if (!path.StartsWith(parent + "/", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var rest = path.AsSpan(parent.Length + 1);
        var slash = rest.IndexOf('/');
        return (slash < 0 ? rest : rest[..slash]).ToString();
    }

    /// <summary>Whether the branch says, at the value itself, that the value has the wrong JSON type.</summary>
    private static bool HasTypeMismatchAt(EvaluationResults branch, JsonPointer location) =>
        !branch.IsValid && branch.InstanceLocation.Equals(location)
        && ((branch.Errors?.ContainsKey("type") ?? false) || (branch.Details ?? []).Any(d => HasTypeMismatchAt(d, location)));

    /// <summary>The subschema a result node evaluated, from its absolute schema location's fragment.</summary>
    private static JsonElement? SchemaAt(EvaluationResults node, JsonElement schema)
    {
        var fragment = Uri.UnescapeDataString(node.SchemaLocation.Fragment.TrimStart('#'));
        return JsonPointer.TryParse(fragment, out var pointer) ? pointer.Evaluate(schema) : null;
    }

    private static IEnumerable<string> Strings(JsonElement? schema, string keyword) =>
        schema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty(keyword, out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            : [];

    private static string DescribeType(JsonElement? schema)
    {
        var type = schema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return type switch
        {
            "object" => "Expected a JSON object.",
            "array" => "Expected a JSON array.",
            "string" => "Expected a string.",
            "boolean" => "Expected true or false.",
            "number" or "integer" => "Expected a number.",
            "null" => "Expected null.",
            _ => "The value has the wrong JSON type.",
        };
    }

    private static string Describe(string keyword) => keyword switch
    {
        "pattern" or "format" => "The value does not have the required form.",
        "enum" or "const" => "The value is not one of the allowed values.",
        "minItems" => "The array has too few items.",
        "minProperties" => "The object has too few members.",
        "minLength" => "The string is too short.",
        "contains" => "The array lacks a required value.",
        _ => $"Schema violation: {keyword}.",
    };

    private static string Escape(string member) => member.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private readonly record struct Found(SchemaError Error, bool TypeMismatch);
}
