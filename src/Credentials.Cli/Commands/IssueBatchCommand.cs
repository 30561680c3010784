using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Cli.Batches;
using Credentials.Cli.Certificates;
using Credentials.Cli.Infrastructure;
using Credentials.Issuer.Batches;
using Credentials.Issuer.Issuing;
using Credentials.Issuer.Status;
using Credentials.Model.Schema;
using Credentials.Storage;

namespace Credentials.Cli.Commands;

/// <summary>
/// <c>credentials issue-batch --template T.json --learners FILE.csv|FILE.json --key KEY --out DIR [--db CONN]
/// [--skip-invalid] [--status-base-url URL] [--keep-credentials] [--pdf all|none] [--verify-url URL] [--lang fi|sv|en]
/// [--seal-cert PEM --seal-key PEM]</c>: a credential and a PDF certificate per learner.
/// </summary>
internal static class IssueBatchCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var template = new Option<string>("--template") { Description = "Batch template JSON: {\"id\", \"studentNumberScheme\", \"template\": {…}}.", Required = true };
        var learners = new Option<string>("--learners") { Description = "Learners as CSV (UTF-8; ; , or tab separated), an Excel .xlsx workbook (first sheet) or a JSON array.", Required = true };
        var key = new Option<string>("--key") { Description = "A key folder from keygen, or a private JWK file.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for one <student number>.jwt and .pdf per learner and summary.json.", Required = true };
        var db = new Option<string?>("--db") { Description = "Registry: a SQLite file (default credentials.db) or a PostgreSQL connection string." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Issue the valid rows and write the rejected ones to rejected.csv." };
        var baseUrl = StatusBaseUrl.Option();
        var keep = new Option<bool>("--keep-credentials") { Description = "Keep each full credential in the registry too (default: only its SHA-256)." };
        var language = CliLanguage.Option("Language of the row problems: en, fi or sv.");
        var sealCert = new Option<string?>("--seal-cert") { Description = "PEM seal certificate (with its chain) to seal the PDFs (PAdES)." };
        var sealKey = new Option<string?>("--seal-key") { Description = "PEM private key of the seal certificate." };
        var shareLinks = new Option<bool>("--share-links") { Description = "Make a share link per learner in the registry (the PDF's QR code and manifest.csv give it); needs --keep-credentials and --verify-url, the address of the service that serves this registry." };
        var walletOffers = new Option<bool>("--wallet-offers") { Description = "Make an OpenID4VCI wallet offer per learner (manifest.csv gives its URL, offers/<student number>.png its QR code); needs --keep-credentials and --verify-url, the service that serves this registry. Each run makes new offers." };
        var txCodes = new Option<bool>("--tx-codes") { Description = "With --wallet-offers: each offer asks for a 6-digit tx_code, written to manifest.csv for delivery by another channel." };
        var pdfOptions = new PdfOptions();
        var command = new Command("issue-batch", "Issue credentials, each with its PDF certificate, to every learner of a file; idempotent and resumable.") { template, learners, key, output, db, skipInvalid, baseUrl, keep, language, sealCert, sealKey, shareLinks, walletOffers, txCodes };
        foreach (var option in pdfOptions.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            var templateBytes = await InputFile.ReadAsync(parse.GetValue(template)!, cancellationToken).ConfigureAwait(false);
            var batchTemplate = BatchTemplate.Parse(templateBytes, out var templateError) ?? throw new UserError(templateError!);
            var statusUrls = StatusBaseUrl.Resolve(parse.GetValue(baseUrl));
            var learnersPath = parse.GetValue(learners)!;
            var lang = parse.GetValue(language)!;
            var (valid, errors, rowCount, rejected) = await ReadAndValidateAsync(learnersPath, batchTemplate, lang, cancellationToken).ConfigureAwait(false);
            var outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            if (errors.Count > 0)
            {
                foreach (var e in errors)
                {
                    await Console.Error.WriteLineAsync(TerminalText.Safe($"{learnersPath}:{e.Line}: {e.Text(lang)}")).ConfigureAwait(false);
                }

                if (!parse.GetValue(skipInvalid) || errors.Any(e => e.Line == 1 && e.Code.StartsWith("learners.", StringComparison.Ordinal)))
                {
                    await Console.Error.WriteLineAsync($"Nothing issued: {errors.Count} problem(s). Fix them, or use --skip-invalid to issue the valid rows.").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }

                await File.WriteAllTextAsync(Path.Combine(outDir, RejectedRows.FileName), rejected, cancellationToken).ConfigureAwait(false);
            }

            var issuerKey = IssueCommand.LoadKey(parse.GetValue(key)!);
            using var seal = parse.GetValue(sealCert) is not null || parse.GetValue(sealKey) is not null
                ? IssueCommand.LoadSeal(parse.GetValue(sealCert), parse.GetValue(sealKey))
                : null;
            var pdf = pdfOptions.Read(parse, seal);
            var withLinks = parse.GetValue(shareLinks);
            if (withLinks && (!parse.GetValue(keep) || parse.GetResult(pdfOptions.VerifyUrl) is not { Implicit: false }))
            {
                throw new UserError("--share-links needs --keep-credentials (the link's page shows the registry's copy) and --verify-url (the service's address)");
            }

            var withOffers = parse.GetValue(walletOffers);
            if (withOffers && (!parse.GetValue(keep) || parse.GetResult(pdfOptions.VerifyUrl) is not { Implicit: false }))
            {
                throw new UserError("--wallet-offers needs --keep-credentials (the wallet credential is made of the registry's copy) and --verify-url (the service's address, which wallets ask)");
            }

            if (parse.GetValue(txCodes) && !withOffers)
            {
                throw new UserError("--tx-codes goes with --wallet-offers");
            }

            var opened = await RegistryStorage.OpenAsync(parse.GetValue(db) ?? Registry.DefaultDatabase, new StorageOptions { StoreCredentialContent = parse.GetValue(keep) }, cancellationToken: cancellationToken).ConfigureAwait(false);
            await using var storage = opened.Storage ?? throw new UserError(opened.Error!.TrimEnd('.'));
            var issuer = new CredentialIssuer(issuerKey, TimeProvider.System, SchemaValidator.ElmMicroCredential);
            var batch = new BatchIssuer(issuer, storage.Credentials, statusUrls, TimeProvider.System);
            // With share links the PDFs are made after the run, once the credentials their links point at are committed.
            var sink = new FolderBatchOutput(outDir, withLinks ? null : pdf);
            var outcome = Console.IsOutputRedirected
                ? await batch.IssueAsync(batchTemplate, valid, sink, new PlainProgress(Console.Out), cancellationToken).ConfigureAwait(false)
                : await BarProgress.RunAsync(valid.Count, p => batch.IssueAsync(batchTemplate, valid, sink, p, cancellationToken)).ConfigureAwait(false);

            var links = withLinks ? new Issuer.Sharing.ShareLinks(storage.ShareLinks, storage.Credentials, TimeProvider.System, new Issuer.Sharing.ShareLinkPolicy()) : null;
            var offers = withOffers
                ? await WalletOffers.MakeAsync(storage, issuerKey.Did, batchTemplate.Id, parse.GetValue(pdfOptions.VerifyUrl)!, sink, parse.GetValue(txCodes), cancellationToken).ConfigureAwait(false)
                : null;
            await DeliveryManifest.WriteAsync(outDir, sink, pdf, links, withLinks ? parse.GetValue(pdfOptions.VerifyUrl) : null, offers, cancellationToken).ConfigureAwait(false);
            var summary = BatchSummary.Create(batchTemplate.Id, rowCount, outcome, errors, clock.Elapsed, sink.Learners);
            await File.WriteAllTextAsync(Path.Combine(outDir, "summary.json"), summary.ToJsonString(Indented) + "\n", cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Issued {outcome.Issued}, already issued {outcome.Existing}, rejected {errors.Count} in {clock.Elapsed.TotalSeconds:F1} s → {outDir}");
            if (outcome.NotKept.Count > 0)
            {
                foreach (var learner in outcome.NotKept)
                {
                    await Console.Error.WriteLineAsync($"{learnersPath}:{learner.Row.Line}: issued earlier as {learner.CredentialId}, content not kept: {learner.Row.StudentNumber}.jwt is missing from {outDir} or differs from what was issued").ConfigureAwait(false);
                }

                await Console.Error.WriteLineAsync($"{outcome.NotKept.Count} credential(s) issued earlier, content not kept (see summary.json); restore the files, or revoke and issue them anew.").ConfigureAwait(false);
                return ExitCodes.Failed;
            }

            if (errors.Count > 0)
            {
                await Console.Error.WriteLineAsync($"{errors.Select(e => e.Line).Distinct().Count()} row(s) rejected: fix them in {Path.Combine(outDir, RejectedRows.FileName)} and issue that file again.").ConfigureAwait(false);
                return ExitCodes.RowsRejected;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // In a method of its own so the file's bytes and the parsed table are garbage once the rows are validated (the
    // command's own locals live in its state machine until it ends); only the valid rows are kept for issuing.
    private static async Task<(IReadOnlyList<LearnerRow> Valid, List<RowError> Errors, int Rows, string Rejected)> ReadAndValidateAsync(
        string path, BatchTemplate template, string language, CancellationToken cancellationToken)
    {
        var bytes = await ReadAllAsync(path, cancellationToken).ConfigureAwait(false);
        var table = LearnerFiles.Parse(path, bytes);
        var (valid, checkedErrors) = BatchCheck.Run(template, table);
        var errors = checkedErrors.ToList();
        var rows = table.Rows.Count + table.Errors.Select(e => e.Line).Distinct().Count();
        return (valid, errors, rows, errors.Count > 0 ? RejectedRows.Write(table, errors, language) : string.Empty);
    }

    private static async Task<byte[]> ReadAllAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (FileErrors.IsFileProblem(e))
        {
            throw new UserError($"cannot read '{path}': {FileErrors.Reason(e)}", e);
        }
    }
}
