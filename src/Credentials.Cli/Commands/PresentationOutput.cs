using Credentials.Proofs.Findings;
using System.Text.Json;
using Credentials.Cli.Infrastructure;
using Credentials.Verifier.Presentations;
using Credentials.Verifier.Reports;

namespace Credentials.Cli.Commands;

/// <summary>Prints a presentation report (text or <c>--json</c>) and gives the exit code.</summary>
internal static class PresentationOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Write(PresentationReport report, string language, bool json)
    {
        if (json)
        {
            Console.WriteLine(TerminalText.Json(PresentationReportJson.Write(report, language).ToJsonString(Indented)));
        }
        else
        {
            Console.WriteLine(VerifyCommand.VerdictLine(report.Verdict) + " (presentation" + (report.HolderId is null ? string.Empty : " by " + TerminalText.Safe(report.HolderId)) + ")");
            Console.WriteLine();
            VerifyCommand.PrintChecks(report.Checks);
            foreach (var credential in report.Credentials)
            {
                Console.WriteLine();
                Console.WriteLine(TerminalText.Safe($"  Credential at {credential.Pointer} ({credential.Form}): ") + VerifyCommand.VerdictLine(credential.Report.Verdict));
                VerifyCommand.PrintChecks(credential.Report.Checks, "  ", credential.Report, language);
                VerifyCommand.PrintContent(credential.Report, language, "  ");
            }
        }

        if (report.Checks.Any(c => c.Code == CheckCodes.PresentationChallengeRequired))
        {
            Console.Error.WriteLine("credentials: a presentation is verified against the challenge you gave the holder: pass it with --challenge.");
            return ExitCodes.Usage;
        }

        return ExitCode(report);
    }

    internal static int ExitCode(PresentationReport report)
    {
        // Input that could not even be read is a usage problem (3), not a forged presentation (1).
        if (report.Checks.FirstOrDefault(c => c.Check == PresentationCheckNames.Format) is { Outcome: CheckOutcome.Failed, Code: CheckCodes.FormatUnreadable or CheckCodes.FormatTooLarge })
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
}
