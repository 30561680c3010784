using System.CommandLine;
using Credentials.Cli.Infrastructure;
using Credentials.Issuer.Status;
using Credentials.Model.Registry;

namespace Credentials.Cli.Commands;

/// <summary>
/// <c>credentials status revoke|suspend|reinstate --id ID --reason TEXT --key KEY [--db CONN] [--out DIR]</c> and
/// <c>credentials status export --key KEY --out DIR [--db CONN]</c>.
/// </summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Revoke, suspend or reinstate issued credentials, and export the signed status lists.")
        {
            Change("revoke", StatusAction.Revoke, "Revoke a credential (permanent)."),
            Change("suspend", StatusAction.Suspend, "Suspend a credential until it is reinstated."),
            Change("reinstate", StatusAction.Reinstate, "Lift a credential's suspension."),
            Export(),
        };
        return command;
    }

    private static Option<string?> Db() => new("--db") { Description = "Registry: a SQLite file (default credentials.db) or a PostgreSQL connection string." };

    private static Option<string> Key() => new("--key") { Description = "The issuer's key folder from keygen, or a private JWK file (signs the status lists).", Required = true };

    private static Option<string?> BaseUrl() => StatusBaseUrl.Option();

    private static Command Change(string name, StatusAction action, string description)
    {
        var id = new Option<string>("--id") { Description = "The credential id.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why (written to the audit log).", Required = true };
        var key = Key();
        var db = Db();
        var baseUrl = BaseUrl();
        var output = new Option<string?>("--out") { Description = "Folder to write the re-published status list to." };
        var command = new Command(name, description) { id, reason, key, db, baseUrl, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var issuerKey = IssueCommand.LoadKey(parse.GetValue(key)!);
            await using var storage = await Registry.OpenAsync(parse.GetValue(db), cancellationToken).ConfigureAwait(false);
            var credentialId = parse.GetValue(id)!;
            var result = await storage.StatusLists.ChangeStatusAsync(
                new StatusChangeRequest(credentialId, action, Environment.UserName, parse.GetValue(reason)!) { Issuer = issuerKey.Did },
                cancellationToken).ConfigureAwait(false);
            switch (result.Outcome)
            {
                case StatusChangeOutcome.NotFound:
                    throw new UserError($"no credential {credentialId} in the registry");
                case StatusChangeOutcome.WrongIssuer:
                    throw new UserError($"{credentialId} was issued by {result.CredentialIssuer}, but the key given is {issuerKey.Did}; only the issuer's own key may change its status");
                case StatusChangeOutcome.NoStatusEntry:
                    throw new UserError($"{credentialId} was issued without a {(action == StatusAction.Revoke ? "revocation" : "suspension")} status entry, so no verifier could see the change; nothing changed");
                case StatusChangeOutcome.RefusedRevoked:
                    throw new UserError($"{credentialId} is revoked; revocation is permanent");
                case StatusChangeOutcome.AlreadyInState:
                    Console.WriteLine($"{credentialId} is already {result.NewState}; nothing changed.");
                    break;
                default:
                    Console.WriteLine($"{credentialId}: {result.OldState} → {result.NewState}.");
                    break;
            }

            // Re-publish every list the credential has an entry in, so the exported files match the registry.
            if (parse.GetValue(output) is { } dir)
            {
                var record = await storage.Credentials.GetAsync(credentialId, cancellationToken).ConfigureAwait(false);
                var publisher = new StatusListPublisher(storage.StatusLists, issuerKey, StatusBaseUrl.Resolve(parse.GetValue(baseUrl)), TimeProvider.System);
                foreach (var allocation in record?.StatusAllocations ?? [])
                {
                    if (await publisher.PublishAsync(allocation.ListId, cancellationToken).ConfigureAwait(false) is { } list)
                    {
                        await WriteAsync(dir, list, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export()
    {
        var key = Key();
        var db = Db();
        var baseUrl = BaseUrl();
        var output = new Option<string>("--out") { Description = "Folder to write one <list id>.jwt per status list to.", Required = true };
        var command = new Command("export", "Sign and write every status list for static hosting.") { key, db, baseUrl, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var issuerKey = IssueCommand.LoadKey(parse.GetValue(key)!);
            await using var storage = await Registry.OpenAsync(parse.GetValue(db), cancellationToken).ConfigureAwait(false);
            var publisher = new StatusListPublisher(storage.StatusLists, issuerKey, StatusBaseUrl.Resolve(parse.GetValue(baseUrl)), TimeProvider.System);
            var all = await storage.StatusLists.ListAsync(cancellationToken).ConfigureAwait(false);
            if (all.Count > 0 && !all.Any(publisher.IsOwn) && all.Select(l => l.Issuer).OfType<string>().FirstOrDefault() is { } other)
            {
                throw new UserError($"the status lists in this registry belong to {other}, but the key given is {issuerKey.Did}; export them with that issuer's key");
            }

            var lists = await publisher.PublishAllAsync(cancellationToken).ConfigureAwait(false);
            foreach (var list in lists)
            {
                await WriteAsync(parse.GetValue(output)!, list, cancellationToken).ConfigureAwait(false);
            }

            Console.WriteLine($"Exported {lists.Count} status list(s) to {parse.GetValue(output)}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static async Task WriteAsync(string dir, PublishedStatusList list, CancellationToken cancellationToken)
    {
        var path = Path.Combine(dir, list.ListId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".jwt");
        try
        {
            Directory.CreateDirectory(dir);
            await File.WriteAllTextAsync(path, list.Jwt + "\n", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (FileErrors.IsFileProblem(e))
        {
            throw new UserError($"cannot write '{path}': {FileErrors.Reason(e)}", e);
        }
    }
}
