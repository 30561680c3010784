using System.CommandLine;
using System.Text;
using System.Text.Json;
using Credentials.Cli.Certificates;
using Credentials.Cli.Infrastructure;
using Credentials.Issuer.Issuing;
using Credentials.Model.Input;
using Credentials.Model.Schema;
using Credentials.Proofs.Keys;

namespace Credentials.Cli.Commands;

/// <summary>
/// <c>credentials issue --input MICROCREDENTIAL.json --key DIR_OR_JWK [--format jwt | --format sd-jwt-vc --holder-key JWK --service-url URL] --out FILE [--db CONN
/// [--status-base-url URL | --no-status]] [--pdf all|none] [--verify-url URL] [--lang fi|sv|en] [--seal-cert PEM --seal-key PEM]</c>:
/// the credential, and the learner's PDF beside it. With <c>--db</c> the credential is recorded in the registry and,
/// unless <c>--no-status</c>, gets revocation and suspension entries.
/// </summary>
internal static class IssueCommand
{
    private const string SdJwtVcFormat = "sd-jwt-vc";

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "The micro-credential in our JSON input form (template, learner, award).", Required = true };
        var key = new Option<string>("--key") { Description = "A key folder from keygen, or a private JWK file.", Required = true };
        var format = new Option<string>("--format") { Description = "Securing format: jwt (VC-JWT, VC Data Model 1.1), di-rdfc or di-jcs (Data Integrity eddsa-rdfc-2022 / eddsa-jcs-2022), jades (a Europass-style seal; needs --seal-cert and --seal-key), sd-jwt-vc (an SD-JWT VC for an EU wallet; needs --holder-key and --service-url).", DefaultValueFactory = _ => "jwt" };
        format.AcceptOnlyFromAmong("jwt", "di-rdfc", "di-jcs", "jades", SdJwtVcFormat);
        var holderKey = new Option<string?>("--holder-key") { Description = "With --format sd-jwt-vc: the wallet's public JWK file; the credential is bound to it (cnf.jwk)." };
        var serviceUrl = new Option<string?>("--service-url") { Description = "With --format sd-jwt-vc: the service's public base URL, under which the vct (type metadata) is served." };
        var sealCert = new Option<string?>("--seal-cert") { Description = "PEM seal certificate (with its chain): seals the PDF (PAdES), and the credential with --format jades." };
        var sealKey = new Option<string?>("--seal-key") { Description = "PEM private key of the seal certificate." };
        var output = new Option<string>("--out") { Description = "File to write the signed credential to.", Required = true };
        var id = new Option<string?>("--id") { Description = "Credential id to use (default: a new urn:uuid)." };
        var db = new Option<string?>("--db") { Description = "Record the credential in this registry (a SQLite file or a PostgreSQL connection string), revocable by default." };
        var noStatus = new Option<bool>("--no-status") { Description = "With --db: no revocation or suspension entries (the credential can then never be revoked)." };
        var baseUrl = StatusBaseUrl.Option();

        var pdfOptions = new PdfOptions();
        var command = new Command("issue", "Issue one signed micro-credential, with its PDF certificate beside it.") { input, key, format, output, id, sealCert, sealKey, db, noStatus, baseUrl, holderKey, serviceUrl };
        foreach (var option in pdfOptions.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var bytes = await InputFile.ReadAsync(parse.GetValue(input)!, cancellationToken).ConfigureAwait(false);
            var parsed = MicroCredentialJson.Parse(bytes);
            if (!parsed.IsValid)
            {
                await Console.Error.WriteLineAsync($"{parse.GetValue(input)} is not a valid micro-credential ({parsed.Problems.Count} problem(s)):").ConfigureAwait(false);
                foreach (var p in parsed.Problems)
                {
                    await Console.Error.WriteLineAsync(TerminalText.Safe($"  {p.Pointer}: {p.Message} [{p.Code}]")).ConfigureAwait(false);
                }

                return ExitCodes.Usage;
            }

            var issuerKey = LoadKey(parse.GetValue(key)!);
            var issuer = new CredentialIssuer(issuerKey, TimeProvider.System, SchemaValidator.ElmMicroCredential);
            if (parse.GetValue(format) == SdJwtVcFormat)
            {
                var wallet = new WalletOptions(parse.GetValue(holderKey), parse.GetValue(serviceUrl), parse.GetValue(db), parse.GetValue(id), parse.GetValue(output)!);
                return await IssueSdJwtVcAsync(wallet, issuerKey, issuer, parsed.Value!, cancellationToken).ConfigureAwait(false);
            }

            var securing = parse.GetValue(format) switch
            {
                "di-rdfc" => SecuringFormat.DataIntegrityRdfc,
                "di-jcs" => SecuringFormat.DataIntegrityJcs,
                "jades" => SecuringFormat.Jades,
                _ => SecuringFormat.Jwt,
            };
            var wantsSeal = securing == SecuringFormat.Jades || parse.GetValue(sealCert) is not null || parse.GetValue(sealKey) is not null;
            using var seal = wantsSeal ? LoadSeal(parse.GetValue(sealCert), parse.GetValue(sealKey)) : null;
            var pdf = pdfOptions.Read(parse, seal);
            var jadesSeal = securing == SecuringFormat.Jades ? seal : null;
            var registry = parse.GetValue(db);
            IssueResult result;
            if (registry is not null)
            {
                var urls = parse.GetValue(noStatus) ? null : StatusBaseUrl.Resolve(parse.GetValue(baseUrl));
                await using var storage = await Registry.OpenAsync(registry, cancellationToken).ConfigureAwait(false);
                var templateId = RecordingIssuer.TemplateIdOf(System.Text.Json.Nodes.JsonNode.Parse(bytes)!["template"]!);
                result = await new RecordingIssuer(issuer, storage.Credentials, urls, TimeProvider.System)
                    .IssueAsync(parsed.Value!, securing, templateId, urls is not null, jadesSeal, parse.GetValue(id), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                result = await issuer.IssueAsync(parsed.Value!, securing, jadesSeal, parse.GetValue(id), cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync($"Not issued ({result.Problems.Count} problem(s)):").ConfigureAwait(false);
                foreach (var p in result.Problems)
                {
                    await Console.Error.WriteLineAsync(TerminalText.Safe($"  {p.Pointer}: {p.Message} [{p.Code}]")).ConfigureAwait(false);
                }

                return ExitCodes.Usage;
            }

            var path = parse.GetValue(output)!;
            var file = Encoding.UTF8.GetBytes(result.Secured + "\n");
            var pdfPath = PdfCertificates.PathBeside(path);
            try
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(path));
                Directory.CreateDirectory(dir!);
                await File.WriteAllBytesAsync(path, file, cancellationToken).ConfigureAwait(false);
                if (pdf is not null && Path.GetFullPath(pdfPath) != Path.GetFullPath(path))
                {
                    using var document = JsonDocument.Parse(result.Credential!.ToJsonString());
                    pdf.Write(pdfPath, file, Path.GetFileName(path), credential: document.RootElement);
                }
            }
            catch (Exception e) when (FileErrors.IsFileProblem(e))
            {
                throw new UserError($"cannot write '{path}': {FileErrors.Reason(e)}", e);
            }

            Console.WriteLine($"Issued {result.CredentialId} as {issuer.IssuerId} → {path}" + (pdf is null ? "" : $" and {pdfPath}") + (registry is null
                ? " (not recorded in a registry: give --db to make it revocable)"
                : parse.GetValue(noStatus) ? " (recorded, without status entries)" : " (recorded, revocable)"));
            return ExitCodes.Ok;
        });
        return command;
    }

    // The SD-JWT VC a wallet gets from the service, made here for a wallet's key file: not recorded, so without status.
    private static async Task<int> IssueSdJwtVcAsync(WalletOptions options, IssuerKey issuerKey, CredentialIssuer issuer, Model.MicroCredentials.MicroCredential credential, CancellationToken cancellationToken)
    {
        if (options.Db is not null)
        {
            throw new UserError("--format sd-jwt-vc is not recorded in a registry here: wallets receive recorded, revocable SD-JWT VCs from the service's credential offers");
        }

        var holderPath = options.HolderKey ?? throw new UserError("--format sd-jwt-vc needs --holder-key, the wallet's public JWK file");
        var service = options.ServiceUrl is { } text && Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
            ? url.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : throw new UserError("--format sd-jwt-vc needs --service-url, the service's public http(s) base URL");
        var holder = Jwk.TryParse(await ReadTextAsync(holderPath, cancellationToken).ConfigureAwait(false), out var keyError);
        if (holder is null || holder.D is not null || holder.Crv is not ("Ed25519" or "P-256"))
        {
            throw new UserError($"--holder-key: {keyError ?? "give the wallet's public Ed25519 or P-256 JWK, without its private part"}");
        }

        var prepared = issuer.Prepare(credential, options.Id);
        if (prepared.Problems.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Not issued ({prepared.Problems.Count} problem(s)):").ConfigureAwait(false);
            foreach (var p in prepared.Problems)
            {
                await Console.Error.WriteLineAsync(TerminalText.Safe($"  {p.Pointer}: {p.Message} [{p.Code}]")).ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        var wallet = new Issuer.Wallet.SdJwtVcIssuer(issuerKey, new Issuer.Wallet.WalletUrls(service), TimeProvider.System);
        var issued = await wallet.IssueAsync(new Issuer.Wallet.WalletIssueRequest(prepared.CredentialId, issuerKey.Did, prepared.Credential!, [], holder.ToJson()), cancellationToken).ConfigureAwait(false);
        var path = options.Out;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, issued.Compact + "\n", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (FileErrors.IsFileProblem(e))
        {
            throw new UserError($"cannot write '{path}': {FileErrors.Reason(e)}", e);
        }

        Console.WriteLine($"Issued {prepared.CredentialId} as {issuer.IssuerId} → {path} (SD-JWT VC {issued.Vct}, bound to the holder key; not recorded, so without status)");
        return ExitCodes.Ok;
    }

    private static async Task<string> ReadTextAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (FileErrors.IsFileProblem(e))
        {
            throw new UserError($"cannot read '{path}': {FileErrors.Reason(e)}", e);
        }
    }

    internal static Proofs.Jades.JadesSigningKey LoadSeal(string? certificatePath, string? keyPath)
    {
        if (certificatePath is null || keyPath is null)
        {
            throw new UserError("--format jades and a sealed PDF need both --seal-cert and --seal-key (make a test seal with 'credentials keygen --seal')");
        }

        try
        {
            return Proofs.Jades.JadesSigningKey.FromPem(File.ReadAllText(certificatePath), File.ReadAllText(keyPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            throw new UserError($"cannot use the seal certificate and key: {e.Message}", e);
        }
    }

    internal static IssuerKey LoadKey(string path)
    {
        try
        {
            return KeyDirectory.Load(path);
        }
        catch (Exception e) when (FileErrors.IsFileProblem(e))
        {
            throw new UserError($"cannot load the key: {FileErrors.Reason(e)}", e);
        }
        catch (FormatException e)
        {
            throw new UserError($"the key is not usable: {e.Message}", e);
        }
    }
}
