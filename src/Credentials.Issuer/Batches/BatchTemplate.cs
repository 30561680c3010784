using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Model.Input;
using Credentials.Model.MicroCredentials;

namespace Credentials.Issuer.Batches;

/// <summary>
/// The batch template file: <c>{"id": "…", "studentNumberScheme": "…", "nationalIdCountry": "FIN",
/// "gradeLanguage": "fi", "template": { …the model's template form… }}</c>. The id names the micro-credential in
/// idempotency keys, so re-running a batch with the same id never issues a learner's credential twice.
/// </summary>
/// <param name="Id">The template id.</param>
/// <param name="StudentNumberScheme">What the student numbers are (for example the university's name for them).</param>
/// <param name="NationalIdCountry">ISO alpha-3 country of national IDs in the rows; null when rows carry none.</param>
/// <param name="GradeLanguage">The language the grades are written in.</param>
/// <param name="Template">The model's template JSON.</param>
public sealed record BatchTemplate(string Id, string StudentNumberScheme, string? NationalIdCountry, string GradeLanguage, JsonObject Template)
{
    /// <summary>Reads a template file; null with a reason when it is unusable.</summary>
    public static BatchTemplate? Parse(ReadOnlySpan<byte> utf8, out string? error)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            error = "the template is not valid JSON: " + e.Message;
            return null;
        }

        if (node is not JsonObject root
            || Text(root, "id") is not { Length: > 0 } id
            || Text(root, "studentNumberScheme") is not { Length: > 0 } scheme
            || root["template"] is not JsonObject template)
        {
            error = "the template needs \"id\", \"studentNumberScheme\" and a \"template\" object";
            return null;
        }

        // The course-level part is read and validated once here, not once per learner.
        var model = MicroCredentialJson.ParseTemplate(Encoding.UTF8.GetBytes(template.ToJsonString()));
        if (model.Value is not { } parsed || model.Problems.Count > 0)
        {
            error = "the template is invalid: " + string.Join("; ", model.Problems.Take(20).Select(p => $"/template{p.Pointer}: {p.Message}"));
            return null;
        }

        error = null;
        return new BatchTemplate(id, scheme, Text(root, "nationalIdCountry"), Text(root, "gradeLanguage") ?? "en", template) { Model = parsed };
    }

    /// <summary>The validated course-level model read from <see cref="Template"/> (set by <see cref="Parse"/>).</summary>
    public MicroCredentialTemplate? Model { get; init; }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
