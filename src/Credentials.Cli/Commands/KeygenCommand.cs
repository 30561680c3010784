using System.CommandLine;
using Credentials.Cli.Infrastructure;
using Credentials.Proofs.Keys;

namespace Credentials.Cli.Commands;

/// <summary><c>credentials keygen --type ed25519|p256 --out DIR [--did-web HOST]</c>.</summary>
internal static class KeygenCommand
{
    public static Command Create()
    {
        var type = new Option<string>("--type") { Description = "Key type: ed25519 (EdDSA) or p256 (ES256).", DefaultValueFactory = _ => "ed25519" };
        type.AcceptOnlyFromAmong("ed25519", "p256");
        var output = new Option<string>("--out") { Description = "Folder to write the key files into (created if missing).", Required = true };
        var didWeb = new Option<string?>("--did-web") { Description = "Host (and optional path) whose did:web the key signs as, e.g. credentials.uni.example." };

        var command = new Command("keygen", "Create an issuer key: private and public JWK and PEM, the issuer DID and its DID document.") { type, output, didWeb };
        command.SetAction(parse =>
        {
            var keyType = parse.GetValue(type) == "p256" ? KeyType.P256 : KeyType.Ed25519;
            var dir = parse.GetValue(output)!;
            using var key = SigningKey.Generate(keyType);
            var issuer = KeyDirectory.Identify(key, parse.GetValue(didWeb));
            try
            {
                KeyDirectory.Write(dir, issuer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"cannot write the key to {dir}: {e.Message}", e);
            }

            Console.WriteLine($"Issuer DID:  {issuer.Did}");
            Console.WriteLine($"Key id:      {issuer.KeyId}");
            Console.WriteLine($"Written to:  {Path.GetFullPath(dir)} (private.jwk.json and private.pem are secret)");
            if (issuer.Did.StartsWith("did:web:", StringComparison.Ordinal))
            {
                Console.WriteLine($"Publish did.json at {Proofs.Dids.DidWeb.DocumentUrl(issuer.Did)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
