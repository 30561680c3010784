using Credentials.Proofs.Findings;
using System.Text.Json.Nodes;
using Credentials.Verifier.Presentations;

namespace Credentials.Verifier.Reports;

/// <summary>
/// The machine-readable presentation report (CLI <c>--json</c>, <c>POST /presentations/verify</c>): the VC-API shape
/// <c>{verified, checks, warnings, errors}</c> for the presentation as a whole, the presentation's own ordered
/// results, and each embedded credential's report as <see cref="ReportJson"/> writes it.
/// </summary>
public static class PresentationReportJson
{
    /// <summary>Writes the report as JSON; <paramref name="language"/> selects the credential summary labels.</summary>
    /// <remarks>
    /// <c>verified</c> and <c>verdict</c> are the overall answer (presentation and every credential); <c>checks</c>,
    /// <c>warnings</c> and <c>errors</c> are the presentation's own; <c>credentials[i]</c> is
    /// <c>{pointer, form, ...credential report}</c>.
    /// </remarks>
    public static JsonObject Write(PresentationReport report, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(report);
        var credentials = new JsonArray();
        foreach (var c in report.Credentials)
        {
            var entry = new JsonObject { ["pointer"] = c.Pointer, ["form"] = c.Form };
            foreach (var (name, value) in ReportJson.Write(c.Report, language).ToList())
            {
                entry[name] = value?.DeepClone();
            }

            credentials.Add(entry);
        }

        return new JsonObject
        {
            ["verified"] = report.Verdict == Verdict.Verified,
            ["verdict"] = ReportJson.VerdictName(report.Verdict),
            ["checks"] = new JsonArray(report.Checks.Where(c => c.Outcome == CheckOutcome.Passed).Select(c => (JsonNode)c.Check).Distinct().ToArray()),
            ["warnings"] = new JsonArray(report.Checks.Where(c => c.Outcome == CheckOutcome.Indeterminate).Select(ReportJson.Problem).ToArray()),
            ["errors"] = new JsonArray(report.Checks.Where(c => c.Outcome == CheckOutcome.Failed).Select(ReportJson.Problem).ToArray()),
            ["results"] = new JsonArray(report.Checks.Select(ReportJson.Result).ToArray()),
            ["envelope"] = report.Envelope,
            ["holder"] = report.HolderId,
            ["credentials"] = credentials,
        };
    }
}
