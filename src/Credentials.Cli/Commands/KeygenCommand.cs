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

        var seal = new Option<string?>("--seal") { Description = "Also make a self-signed TEST seal certificate for JAdES: \"Organisation;organizationIdentifier;country\", e.g. \"Pohjoisen yliopisto;VATFI-12345671;FI\"." };

        var command = new Command("keygen", "Create an issuer key: private and public JWK and PEM, the issuer DID and its DID document.") { type, output, didWeb, seal };
        command.SetAction(parse =>
        {
            var keyType = parse.GetValue(type) == "p256" ? KeyType.P256 : KeyType.Ed25519;
            var dir = parse.GetValue(output)!;
            var sealSubject = parse.GetValue(seal) is { } subject ? SealSubject(subject) : null;
            using var key = SigningKey.Generate(keyType);
            IssuerKey issuer;
            try
            {
                issuer = KeyDirectory.Identify(key, parse.GetValue(didWeb));
            }
            catch (ArgumentException e)
            {
                throw new UserError("--did-web: " + e.Message.Split(" (Parameter", 2)[0], e);
            }
            try
            {
                KeyDirectory.Write(dir, issuer);
            }
            catch (Exception e) when (FileErrors.IsFileProblem(e))
            {
                throw new UserError($"cannot write the key to '{dir}': {FileErrors.Reason(e)}", e);
            }

            if (sealSubject is not null)
            {
                WriteTestSeal(dir, sealSubject);
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

    /// <summary>Checked before any file is written, so a typo never leaves a half-made key folder.</summary>
    private static string[] SealSubject(string subject)
    {
        var parts = subject.Split(';');
        if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace) || parts[2].Trim().Length != 2)
        {
            throw new UserError("--seal takes \"Organisation;organizationIdentifier;country\" with a two-letter country code, e.g. \"Pohjoisen yliopisto;VATFI-12345671;FI\"");
        }

        return [.. parts.Select(p => p.Trim())];
    }

    private static void WriteTestSeal(string dir, string[] parts)
    {
        using var certificate = Proofs.Jades.TestSealCertificate.Create(parts[0], parts[1], parts[2], TimeProvider.System);
        var (certificatePem, keyPem) = Proofs.Jades.TestSealCertificate.ExportPem(certificate);
        File.WriteAllText(Path.Combine(dir, "seal.crt.pem"), certificatePem);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(Path.Combine(dir, "seal.key.pem"), options);
        using var writer = new StreamWriter(stream);
        writer.Write(keyPem);
        Console.WriteLine("Test seal:   seal.crt.pem and seal.key.pem (self-signed, TEST ONLY: a real seal needs a qualified certificate from a trust service provider)");
    }
}
