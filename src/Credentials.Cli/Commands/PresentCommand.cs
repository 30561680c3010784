using System.CommandLine;
using Credentials.Cli.Infrastructure;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Keys;
using Credentials.Proofs.Presentations;

namespace Credentials.Cli.Commands;

/// <summary>
/// <c>credentials present --key HOLDER_KEY --credential FILE... --challenge C [--domain D] [--format jwt|di-rdfc|di-jcs] --out FILE</c>:
/// the holder wraps credentials in a presentation signed for one verifier's challenge.
/// </summary>
internal static class PresentCommand
{
    public static Command Create()
    {
        var key = new Option<string>("--key") { Description = "The holder's key folder from keygen (its DID becomes the presentation's holder).", Required = true };
        var credentials = new Option<string[]>("--credential") { Description = "A credential file (.jwt or Data Integrity .json); repeat for several.", Required = true, AllowMultipleArgumentsPerToken = true };
        var challenge = new Option<string>("--challenge") { Description = "The challenge (nonce) the verifier gave you.", Required = true };
        var domain = new Option<string?>("--domain") { Description = "The verifier's domain, when it asked for one." };
        var format = new Option<string>("--format") { Description = "jwt (VP-JWT, VC Data Model 1.1), di-rdfc or di-jcs (Data Integrity eddsa-rdfc-2022 / eddsa-jcs-2022, Ed25519 keys only).", DefaultValueFactory = _ => "jwt" };
        format.AcceptOnlyFromAmong("jwt", "di-rdfc", "di-jcs");
        var output = new Option<string>("--out") { Description = "File to write the signed presentation to.", Required = true };

        var command = new Command("present", "Make a verifiable presentation of your credentials for a verifier's challenge.") { key, credentials, challenge, domain, format, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var holder = IssueCommand.LoadKey(parse.GetValue(key)!);
            var texts = new List<string>();
            foreach (var path in parse.GetValue(credentials)!)
            {
                var bytes = await InputFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
                texts.Add(System.Text.Encoding.UTF8.GetString(bytes).Trim().TrimStart('\uFEFF'));
            }

            var chosen = parse.GetValue(format)!;
            var id = "urn:uuid:" + Guid.NewGuid().ToString("D");
            string secured;
            try
            {
                if (chosen == "jwt")
                {
                    var presentation = PresentationBuilder.Build(texts, holder.Did, PresentationVersion.DataModel11, id);
                    secured = PresentationSigner.SignJwt(presentation, holder.Key, holder.KeyId, parse.GetValue(challenge)!, parse.GetValue(domain), TimeProvider.System);
                }
                else
                {
                    if (holder.Key.Type != KeyType.Ed25519)
                    {
                        throw new UserError("Data Integrity presentations need an Ed25519 key; use --format jwt for this key");
                    }

                    var presentation = PresentationBuilder.Build(texts, holder.Did, PresentationBuilder.VersionFor(texts), id);
                    var suite = chosen == "di-jcs" ? Cryptosuites.EddsaJcs2022 : Cryptosuites.EddsaRdfc2022;
                    var signed = await PresentationSigner.SignDataIntegrityAsync(presentation, holder.Key, holder.KeyId, suite, parse.GetValue(challenge)!, parse.GetValue(domain), TimeProvider.System, cancellationToken).ConfigureAwait(false);
                    secured = signed.ToJsonString(Proofs.VcJwt.VcJwtSigner.PayloadJson);
                }
            }
            catch (ArgumentException e)
            {
                throw new UserError("cannot make the presentation: " + e.Message, e);
            }

            var outPath = parse.GetValue(output)!;
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
                await File.WriteAllTextAsync(outPath, secured + "\n", cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (FileErrors.IsFileProblem(e))
            {
                throw new UserError($"cannot write '{outPath}': {FileErrors.Reason(e)}", e);
            }

            Console.WriteLine($"Presented {texts.Count} credential(s) as {holder.Did} → {outPath}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
