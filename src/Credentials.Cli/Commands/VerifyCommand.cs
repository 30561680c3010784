using Credentials.Proofs.Findings;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Credentials.Cli.Infrastructure;
using Credentials.Model.Ports;
using Credentials.Model.Schema;
using Credentials.Verifier;
using Credentials.Verifier.Display;
using Credentials.Verifier.Presentations;
using Credentials.Verifier.Reports;
using Credentials.Verifier.Trust;

namespace Credentials.Cli.Commands;

/// <summary>
/// <c>credentials verify FILE|- [--trust FILE] [--did-document FILE] [--now ISO] [--json] [--challenge C] [--domain D]</c>:
/// a credential, or a presentation (then with the verifier's challenge and domain).
/// </summary>
internal static class VerifyCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The credential file (.jwt, .json, .jsonld), or - for standard input." };
        var trust = new Option<string?>("--trust") { Description = "Trusted-issuers JSON file: {\"issuers\": [{\"id\", \"legalName\", \"registration\", \"country\"}]}." };
        var didDocument = new Option<string?>("--did-document") { Description = "A local DID document for a did:web issuer (no network is used)." };
        var now = new Option<string?>("--now") { Description = "Judge validity at this ISO 8601 instant instead of the current time." };
        var statusList = new Option<string[]>("--status-list") { Description = "A status-list credential file (.jwt) to check revocation and suspension against; may be repeated.", AllowMultipleArgumentsPerToken = false };
        var anchors = new Option<string?>("--seal-anchors") { Description = "PEM bundle of CA certificates that JAdES seal certificates must chain to." };
        var tsaAnchors = new Option<string?>("--tsa-anchors") { Description = "PEM bundle of CA certificates of the time-stamping authorities whose seal time-stamps prove when a seal existed." };
        var trustedLists = new Option<string[]>("--trusted-list") { Description = "An EU trusted list (ETSI TS 119 612 XML file); its granted qualified seal CAs and TSAs become anchors; repeatable; needs --trusted-list-signers.", AllowMultipleArgumentsPerToken = false };
        var trustedListSigners = new Option<string?>("--trusted-list-signers") { Description = "PEM bundle of the certificates trusted lists must be signed with (from the EU list of trusted lists); with --trusted-list-of-lists, the certificates that list must be signed with." };
        var listOfLists = new Option<string?>("--trusted-list-of-lists") { Description = "The EU list of trusted lists (XML file): each --trusted-list is verified with the signer certificates it names for that list's territory." };
        var revocationHosts = new Option<string?>("--revocation-hosts") { Description = "Comma-separated hosts of OCSP responders and CRL distribution points that may be asked when a seal carries no revocation data (nothing is fetched otherwise)." };
        var json = new Option<bool>("--json") { Description = "Print the machine-readable report." };
        var challenge = new Option<string?>("--challenge") { Description = "For a presentation: the challenge (nonce) you gave the holder; required for presentations." };
        var domain = new Option<string?>("--domain") { Description = "For a presentation: your domain, when you asked the holder to sign for it." };
        var clockSkew = new Option<int>("--clock-skew") { Description = "Tolerance in seconds for clocks that disagree, applied to every validity bound (0 allowed).", DefaultValueFactory = _ => 300 };
        var language = new Option<string>("--lang") { Description = "Language of the content labels: en, fi or sv.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "fi", "sv");

        var command = new Command("verify", "Verify a credential. Exit code 0 verified, 1 not verified, 2 could not be fully verified, 3 unreadable input or usage error.")
        {
            file, trust, didDocument, now, json, language, anchors, tsaAnchors, trustedLists, trustedListSigners, statusList, challenge, domain, clockSkew, revocationHosts, listOfLists,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clock = TimeProvider.System;
            if (parse.GetValue(now) is { } instant)
            {
                if (!DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                {
                    throw new UserError($"--now '{instant}' is not an ISO 8601 date and time");
                }

                clock = new AsOfClock(at);
            }

            if (parse.GetValue(clockSkew) is var seconds and (< 0 or > 86_400))
            {
                throw new UserError($"--clock-skew {seconds} is outside 0 to 86400 seconds");
            }

            var skew = TimeSpan.FromSeconds(parse.GetValue(clockSkew));
            TrustedIssuers? trusted = null;
            if (parse.GetValue(trust) is { } trustPath)
            {
                try
                {
                    trusted = TrustedIssuers.Parse(await File.ReadAllTextAsync(trustPath, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (FileErrors.IsFileProblem(e) || e is FormatException)
                {
                    throw new UserError($"cannot use the trusted-issuers file '{trustPath}': {FileErrors.Reason(e)}", e);
                }
            }

            var sealAnchors = await LoadAnchorsAsync(parse.GetValue(anchors), "seal anchors", cancellationToken).ConfigureAwait(false);
            var tsaAnchorCertificates = await LoadAnchorsAsync(parse.GetValue(tsaAnchors), "TSA anchors", cancellationToken).ConfigureAwait(false);
            var fromLists = await LoadTrustedListsAsync(parse.GetValue(trustedLists) ?? [], parse.GetValue(trustedListSigners), parse.GetValue(listOfLists), cancellationToken).ConfigureAwait(false);
            IDidDocumentSource? documents = parse.GetValue(didDocument) is { } docPath ? new FileDidDocumentSource(docPath) : null;
            var bytes = await InputFile.ReadAsync(parse.GetValue(file)!, cancellationToken).ConfigureAwait(false);
            IStatusListSource? statusLists = parse.GetValue(statusList) is { Length: > 0 } listPaths ? new FileStatusListSource(listPaths) : null;
            using var http = RevocationHttp(parse.GetValue(revocationHosts));
            var fetcher = http is null ? null : new Proofs.Jades.RevocationFetcher(new Web.Composition.HttpRevocationTransport(http), parse.GetValue(revocationHosts)!.Split(','), TimeProvider.System);
            var verifier = new CredentialVerifier(new VerifierOptions { TrustedIssuers = trusted, SealTrustAnchors = sealAnchors, TsaTrustAnchors = tsaAnchorCertificates, TrustedLists = fromLists, RevocationFetcher = fetcher, ClockSkew = skew }, clock, documents, SchemaValidator.ElmMicroCredential, statusLists);
            var lang = parse.GetValue(language)!;
            if (PresentationVerifier.LooksLikePresentation(bytes))
            {
                var presentations = new PresentationVerifier(verifier, clock, documents, new PresentationVerifierOptions { ClockSkew = skew });
                var presented = await presentations.VerifyAsync(bytes, new PresentationExpectations(parse.GetValue(challenge), parse.GetValue(domain), RequireHolderBinding: true), cancellationToken).ConfigureAwait(false);
                return PresentationOutput.Write(presented, lang, parse.GetValue(json));
            }

            var report = Documents.Reading.PdfVerification.IsPdf(bytes)
                ? await Documents.Reading.PdfVerification.VerifyAsync(verifier, bytes, cancellationToken).ConfigureAwait(false)
                : await verifier.VerifyAsync(bytes, cancellationToken).ConfigureAwait(false);

            if (parse.GetValue(json))
            {
                Console.WriteLine(TerminalText.Json(ReportJson.Write(report, lang).ToJsonString(Indented)));
            }
            else
            {
                Print(report, lang);
            }

            return ExitCode(report);
        });
        return command;
    }

    // No redirects: a redirect could lead the fetch to a host the operator did not allow.
    private static HttpClient? RevocationHttp(string? hosts)
    {
        if (hosts is null)
        {
            return null;
        }

        if (hosts.Split(',').Any(h => Uri.CheckHostName(h.Trim()) == UriHostNameType.Unknown))
        {
            throw new UserError($"--revocation-hosts '{hosts}' must be host names or IP addresses separated by commas");
        }

        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("credentials-verifier/1.0");
        return http;
    }

    internal static int ExitCode(VerificationReport report)
    {
        // An input that could not even be read is a usage problem (3), not a forged credential (1).
        var format = report.Checks.FirstOrDefault(c => c.Check == CheckNames.Format);
        if (format is { Outcome: CheckOutcome.Failed, Code: CheckCodes.FormatUnreadable or CheckCodes.FormatTooLarge })
        {
            return ExitCodes.Usage;
        }

        return report.Verdict switch
        {
            Verdict.Verified => ExitCodes.Ok,
            Verdict.NotVerified => ExitCodes.Failed,
            _ => ExitCodes.Indeterminate,
        };
    }

    internal static string VerdictLine(Verdict verdict) => verdict switch
    {
        Verdict.Verified => "VERIFIED",
        Verdict.NotVerified => "NOT VERIFIED",
        _ => "COULD NOT BE FULLY VERIFIED",
    };

    internal static void PrintChecks(IEnumerable<CheckResult> checks, string indent = "", VerificationReport? report = null, string language = "en")
    {
        foreach (var c in checks)
        {
            if (report is not null && IssuerIdentities.IsNeutral(report, c))
            {
                // A passed issuer check says whose key signed, not who that is: no "passed" that reads as endorsement.
                Console.WriteLine(TerminalText.Safe($"{indent}  note     {c.Check,-9} {DisplayTexts.Get("issuerNeutral", language)} [{c.Code}]"));
                continue;
            }

            var mark = c.Outcome switch
            {
                CheckOutcome.Passed => "passed ",
                CheckOutcome.Failed => "FAILED ",
                CheckOutcome.Indeterminate => "UNSURE ",
                _ => "skipped",
            };
            // Messages and pointers may quote the credential: printed only through TerminalText.
            Console.WriteLine(TerminalText.Safe($"{indent}  {mark}  {c.Check,-9} {c.Message} [{c.Code}]{(c.Pointer is null ? string.Empty : " at " + c.Pointer)}"));
        }
    }

    internal static void PrintContent(VerificationReport report, string language, string indent = "")
    {
        if (report.Content is { } content)
        {
            Console.WriteLine();
            if (CertificateSentence.Of(report, language) is { } sentence)
            {
                Console.WriteLine(TerminalText.Safe(indent + "  " + sentence));
            }

            var identity = report.IssuerIdentity;
            if (identity.LegalName is not null || identity.Id is not null)
            {
                var facts = string.Join(", ", new[] { identity.LegalName ?? identity.Id, identity.Registration, ConceptLabels.Country(identity.Country, language) ?? identity.Country }.Where(x => x is not null));
                Console.WriteLine(TerminalText.Safe($"{indent}  {DisplayTexts.Get("identity", language) + ":",-24} {facts} ({DisplayTexts.Provenance(identity, language)})"));
            }

            if (report.Disclosure is { } disclosure)
            {
                // An SD-JWT VC is no ELM document: it says what its visible claims say, and what its holder disclosed.
                foreach (var (path, value) in disclosure.Visible)
                {
                    var label = Issuer.Wallet.WalletClaimLabels.Label(Issuer.Wallet.WalletClaimLabels.ClaimOf(path), language);
                    Console.WriteLine(TerminalText.Safe($"{indent}  {label + ":",-24} {Issuer.Wallet.WalletClaimLabels.Text(value, language)}"));
                }

                Console.WriteLine(TerminalText.Safe($"{indent}  {DisplayTexts.Get("disclosed", language)}:"));
                foreach (var (path, value) in disclosure.Disclosed)
                {
                    var label = Issuer.Wallet.WalletClaimLabels.Label(Issuer.Wallet.WalletClaimLabels.ClaimOf(path), language);
                    Console.WriteLine(TerminalText.Safe($"{indent}    {label + ":",-22} {Issuer.Wallet.WalletClaimLabels.Text(value, language)}"));
                }

                Console.WriteLine(TerminalText.Safe($"{indent}  " + DisplayTexts.Format("withheld", language, disclosure.Withheld.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                return;
            }

            foreach (var row in CredentialSummary.Rows(content, language).Where(r => r.Shown))
            {
                Console.WriteLine(TerminalText.Safe($"{indent}  {row.Label + ":",-24} {row.Value}"));
            }
        }
    }

    private static void Print(VerificationReport report, string language)
    {
        Console.WriteLine(VerdictLine(report.Verdict));
        Console.WriteLine(TerminalText.Safe(Conclusions.Sentence(report, language)));
        foreach (var note in report.InputNotes)
        {
            Console.WriteLine(TerminalText.Safe("(" + note + ")"));
        }

        Console.WriteLine();
        PrintChecks(report.Checks, report: report, language: language);
        PrintContent(report, language);
    }

    private static async Task<System.Security.Cryptography.X509Certificates.X509Certificate2Collection> LoadAnchorsAsync(string? path, string what, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return [];
        }

        try
        {
            return Proofs.Jades.JadesVerificationOptions.LoadAnchors(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException or ArgumentException)
        {
            throw new UserError($"cannot use the {what} {path}: {e.Message}", e);
        }
    }

    // The lists are verified here; which of their services are anchors is decided per seal, at its proof of existence.
    private static async Task<List<Proofs.TrustedLists.TrustedList>> LoadTrustedListsAsync(string[] paths, string? signersPath, string? listOfListsPath, CancellationToken cancellationToken)
    {
        if (paths.Length == 0)
        {
            return listOfListsPath is null ? [] : throw new UserError("--trusted-list-of-lists needs --trusted-list, the national lists it is to verify");
        }

        if (signersPath is null)
        {
            throw new UserError("--trusted-list needs --trusted-list-signers, the certificates the lists must be signed with");
        }

        var signers = await LoadAnchorsAsync(signersPath, "trusted-list signers", cancellationToken).ConfigureAwait(false);
        Proofs.TrustedLists.ListOfTrustedLists? lotl = null;
        if (listOfListsPath is not null)
        {
            try
            {
                lotl = Proofs.TrustedLists.ListOfTrustedLists.Load(await File.ReadAllTextAsync(listOfListsPath, cancellationToken).ConfigureAwait(false), signers);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or Proofs.TrustedLists.TrustedListException)
            {
                throw new UserError($"cannot use the list of trusted lists {listOfListsPath}: {e.Message}", e);
            }
        }

        var lists = new List<Proofs.TrustedLists.TrustedList>();
        foreach (var path in paths)
        {
            try
            {
                var xml = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
                lists.Add(lotl is null ? Proofs.TrustedLists.TrustedList.Load(xml, signers) : lotl.LoadNational(xml));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or Proofs.TrustedLists.TrustedListException)
            {
                throw new UserError($"cannot use the trusted list {path}: {e.Message}", e);
            }
        }

        return lists;
    }
}
