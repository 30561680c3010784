using System.Text;
using System.Text.Json;
using Credentials.Issuer.Batches;
using Credentials.Web.Composition;

namespace Credentials.Web.Batches;

/// <summary>
/// Reads <c>{"template": {…}, "learners": [{…}, …]}</c> or <c>{"template": {…}, "learnersCsv": "…"}</c>: the same
/// template file and learner rows as <c>credentials issue-batch</c>. Every template and row problem is collected.
/// </summary>
internal static class BatchRequestReader
{
    public static (BatchTemplate? Template, LearnerTable? Learners, string? Error) Read(byte[] body)
    {
        if (RequestBody.ParseStrict(body, out var error) is not { } doc)
        {
            return (null, null, error);
        }

        using (doc)
        {
            var root = doc.RootElement;
            const string Shape = "The body must be {\"template\": {…}, \"learners\": [{…}]} or {\"template\": {…}, \"learnersCsv\": \"…\"}.";
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("template", out var templateJson) || templateJson.ValueKind != JsonValueKind.Object
                || root.EnumerateObject().Any(p => p.Name is not ("template" or "learners" or "learnersCsv")))
            {
                return (null, null, Shape);
            }

            var hasJson = root.TryGetProperty("learners", out var learners);
            var hasCsv = root.TryGetProperty("learnersCsv", out var csv);
            LearnerTable table;
            if (hasJson && !hasCsv && learners.ValueKind == JsonValueKind.Array)
            {
                table = LearnerJson.Parse(Encoding.UTF8.GetBytes(learners.GetRawText()));
            }
            else if (hasCsv && !hasJson && csv.ValueKind == JsonValueKind.String)
            {
                table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(csv.GetString()!));
            }
            else
            {
                return (null, null, Shape);
            }

            var template = BatchTemplate.Parse(Encoding.UTF8.GetBytes(templateJson.GetRawText()), out var templateError);
            return template is null ? (null, table, templateError) : (template, table, null);
        }
    }
}
