using System.Text.Json.Nodes;

namespace Credentials.Cli.JoseCose;

/// <summary>What the vc-jose-cose suite reads from <c>--output</c>: <c>{"result": "success" | "failure" | "indeterminate", "data", "message"}</c>.</summary>
internal sealed record SuiteOutcome(string Result, string? Data, string Message)
{
    public static SuiteOutcome Success(string? data, string message) => new("success", data, message);

    public static SuiteOutcome Failure(string message) => new("failure", null, message);

    public static SuiteOutcome Indeterminate(string message) => new("indeterminate", null, message);

    public string ToJson() => new JsonObject { ["result"] = Result, ["data"] = Data, ["message"] = Message }.ToJsonString();
}
