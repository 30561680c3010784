using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Cli.Infrastructure;
using Credentials.Model.Registry;

namespace Credentials.Cli.Commands;

/// <summary>
/// <c>credentials find --student-number N [--template ID] --key KEY [--db CONN] [--json]</c>: the credentials the key's
/// issuer gave that learner (id, template, issued, status), so one can be revoked or sent again.
/// </summary>
internal static class FindCommand
{
    public static Command Create()
    {
        var studentNumber = new Option<string>("--student-number") { Description = "The learner's student number.", Required = true };
        var template = new Option<string?>("--template") { Description = "Only credentials of this template id." };
        var key = new Option<string>("--key") { Description = "The issuer's key folder: only its credentials are listed.", Required = true };
        var db = new Option<string?>("--db") { Description = "Registry: a SQLite file (default credentials.db) or a PostgreSQL connection string." };
        var json = new Option<bool>("--json") { Description = "Print a JSON array." };
        var command = new Command("find", "Find the credentials issued to a student number.") { studentNumber, template, key, db, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var issuer = IssueCommand.LoadKey(parse.GetValue(key)!).Did;
            await using var storage = await Registry.OpenAsync(parse.GetValue(db), cancellationToken).ConfigureAwait(false);
            var number = parse.GetValue(studentNumber)!;
            var found = await storage.Credentials.FindByStudentNumberAsync(issuer, number, parse.GetValue(template), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Console.WriteLine(new JsonArray([.. found.Select(r => (JsonNode)ToJson(r))]).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Ok;
            }

            if (found.Count == 0)
            {
                await Console.Error.WriteLineAsync($"No credential of {issuer} was issued to student number {number}.").ConfigureAwait(false);
                return ExitCodes.Failed;
            }

            foreach (var r in found)
            {
                Console.WriteLine($"{r.CredentialId}  {r.TemplateId}  {Issued(r)}  {r.Status.ToString().ToLowerInvariant()}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static JsonObject ToJson(IssuedCredentialRecord record) => new()
    {
        ["id"] = record.CredentialId,
        ["template"] = record.TemplateId,
        ["issued"] = Issued(record),
        ["status"] = record.Status.ToString().ToLowerInvariant(),
    };

    private static string Issued(IssuedCredentialRecord record) =>
        record.IssuedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
