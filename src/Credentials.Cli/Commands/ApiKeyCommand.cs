using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using Credentials.Cli.Infrastructure;
using Credentials.Model.Registry;

namespace Credentials.Cli.Commands;

/// <summary>
/// <c>credentials apikey create|list|revoke</c>: the web service's API keys. A new key is printed once and only its
/// SHA-256 is stored, so a lost key is revoked and replaced, never recovered.
/// </summary>
internal static class ApiKeyCommand
{
    private const string Prefix = "cred_";

    public static Command Create() => new("apikey", "Create, list and revoke the web service's API keys (stored as SHA-256 hashes).")
    {
        CreateKey(),
        List(),
        Revoke(),
    };

    /// <summary>A new key: a fixed prefix (so leaked keys are easy to search for) and 256 random bits.</summary>
    internal static string NewSecret() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    private static Option<string?> Db() => new("--db") { Description = "Registry: a SQLite file (default credentials.db) or a PostgreSQL connection string." };

    private static Command CreateKey()
    {
        var name = new Option<string>("--name") { Description = "What the key is for, e.g. the student system that calls the service.", Required = true };
        var issuer = new Option<string>("--issuer") { Description = "The issuer DID the key may act for (the service's own DID).", Required = true };
        var db = Db();
        var command = new Command("create", "Create a key and print it once.") { name, issuer, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var label = parse.GetValue(name)!.Trim();
            var did = parse.GetValue(issuer)!.Trim();
            if (label.Length is 0 or > 200 || !did.StartsWith("did:", StringComparison.Ordinal))
            {
                throw new UserError("--name must be 1–200 characters and --issuer a DID (did:…)");
            }

            await using var storage = await Registry.OpenAsync(parse.GetValue(db), cancellationToken).ConfigureAwait(false);
            var secret = NewSecret();
            var id = "key-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            var record = new ApiKeyRecord(id, label, did, TimeProvider.System.GetUtcNow(), null);
            if (!await storage.ApiKeys.CreateAsync(record, SHA256.HashData(Encoding.UTF8.GetBytes(secret)), cancellationToken).ConfigureAwait(false))
            {
                throw new UserError("the new key collided with a stored one; run the command again");
            }

            Console.WriteLine($"API key {id} ({label}) for {did}:");
            Console.WriteLine(secret);
            Console.Error.WriteLine("Keep it secret: it is shown only now. Send it as 'Authorization: Bearer <key>'.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var db = Db();
        var command = new Command("list", "List keys (ids, names, issuers, dates; never the keys).") { db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var storage = await Registry.OpenAsync(parse.GetValue(db), cancellationToken).ConfigureAwait(false);
            foreach (var key in await storage.ApiKeys.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                var state = key.RevokedAt is { } at ? "revoked " + at.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : "active";
                Console.WriteLine($"{key.Id}\t{key.Name}\t{key.Issuer}\t{key.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture)}\t{state}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Revoke()
    {
        var id = new Option<string>("--id") { Description = "The key id from 'apikey list'.", Required = true };
        var db = Db();
        var command = new Command("revoke", "Revoke a key: the service refuses it from the next request on.") { id, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var storage = await Registry.OpenAsync(parse.GetValue(db), cancellationToken).ConfigureAwait(false);
            var keyId = parse.GetValue(id)!;
            if (!await storage.ApiKeys.RevokeAsync(keyId, cancellationToken).ConfigureAwait(false))
            {
                throw new UserError($"no active API key {keyId}");
            }

            Console.WriteLine($"API key {keyId} revoked.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
