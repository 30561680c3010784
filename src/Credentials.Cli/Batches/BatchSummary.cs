using System.Text.Json.Nodes;
using Credentials.Issuer.Batches;

namespace Credentials.Cli.Batches;

/// <summary>The <c>summary.json</c> of an <c>issue-batch</c> run.</summary>
internal static class BatchSummary
{
    public static JsonObject Create(string templateId, int rows, BatchOutcome outcome, IReadOnlyList<RowError> errors, TimeSpan elapsed, IReadOnlyList<IssuedLearner> learners) => new()
    {
        ["templateId"] = templateId,
        ["rows"] = rows,
        ["issued"] = outcome.Issued,
        ["existing"] = outcome.Existing,
        ["restored"] = outcome.Restored,
        ["failed"] = errors.Select(e => e.Line).Distinct().Count(),
        ["failures"] = new JsonArray([.. errors.Select(e => (JsonNode)new JsonObject { ["line"] = e.Line, ["column"] = e.Column, ["code"] = e.Code, ["error"] = e.Message })]),
        ["learners"] = new JsonArray([.. learners.OrderBy(l => l.Row.Line).Select(l => (JsonNode)new JsonObject
        {
            ["line"] = l.Row.Line,
            ["studentNumber"] = l.Row.StudentNumber,
            ["credentialId"] = l.CredentialId,
            ["files"] = new JsonArray(FolderBatchOutput.FileName(l)),
        })]),
        ["notKept"] = new JsonArray([.. outcome.NotKept.Select(l => (JsonNode)new JsonObject
        {
            ["line"] = l.Row.Line,
            ["studentNumber"] = l.Row.StudentNumber,
            ["credentialId"] = l.CredentialId,
            ["problem"] = "issued earlier, content not kept",
        })]),
        ["seconds"] = Math.Round(elapsed.TotalSeconds, 3),
        ["timings"] = new JsonObject
        {
            ["signSeconds"] = Math.Round(outcome.Timings.Sign.TotalSeconds, 3),
            ["outputSeconds"] = Math.Round(outcome.Timings.Output.TotalSeconds, 3),
            ["registrySeconds"] = Math.Round(outcome.Timings.Registry.TotalSeconds, 3),
        },
    };
}
