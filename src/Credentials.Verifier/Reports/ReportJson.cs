using Credentials.Proofs.Findings;
using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Verifier.Display;

namespace Credentials.Verifier.Reports;

/// <summary>
/// The machine-readable report (CLI <c>--json</c>, HTTP API): the VC-API shape <c>{verified, checks, warnings, errors}</c>
/// plus our ordered per-check results and the content summary.
/// </summary>
public static class ReportJson
{
    /// <summary>Writes the report as JSON; <paramref name="language"/> selects the summary labels.</summary>
    public static JsonObject Write(VerificationReport report, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(report);
        var results = new JsonArray(report.Checks.Select(Result).ToArray());

        var json = new JsonObject
        {
            ["verified"] = report.Verdict == Verdict.Verified,
            ["outcome"] = VerdictName(report.Verdict),
            ["verdict"] = Conclusions.Name(report.Conclusion),
            ["summary"] = Conclusions.Sentence(report, language),

            // VC-API: names of the checks that were made and passed; problems as errors (failed) and warnings (undecided).
            ["checks"] = new JsonArray(report.Checks.Where(c => c.Outcome == CheckOutcome.Passed).Select(c => (JsonNode)c.Check).Distinct().ToArray()),
            ["warnings"] = new JsonArray(report.Checks.Where(c => c.Outcome == CheckOutcome.Indeterminate).Select(Problem).ToArray()),
            ["errors"] = new JsonArray(report.Checks.Where(c => c.Outcome == CheckOutcome.Failed).Select(Problem).ToArray()),
            ["results"] = results,
            ["envelope"] = report.Envelope,
            ["issuer"] = report.IssuerId,
        };

        if (report.InputNotes.Count > 0)
        {
            json["cleaned"] = new JsonArray(report.InputNotes.Select(n => (JsonNode)n).ToArray());
        }

        // RFC 9901: which claims the holder disclosed; the withheld ones are only a count (decoys included).
        if (report.Disclosure is { } disclosure)
        {
            json["disclosure"] = new JsonObject
            {
                ["visible"] = new JsonArray(disclosure.Visible.Select(d => (JsonNode)new JsonObject { ["path"] = d.Key, ["value"] = d.Value?.DeepClone() }).ToArray()),
                ["disclosed"] = new JsonArray(disclosure.Disclosed.Select(d => (JsonNode)new JsonObject { ["path"] = d.Key, ["value"] = d.Value?.DeepClone() }).ToArray()),
                ["withheld"] = disclosure.Withheld,
            };
        }

        if (report.TrustedIssuer is { } t)
        {
            json["trustedIssuer"] = new JsonObject { ["id"] = t.Id, ["legalName"] = t.LegalName, ["registration"] = t.Registration, ["country"] = t.Country };
        }

        var identity = report.IssuerIdentity;
        json["issuerIdentity"] = new JsonObject
        {
            ["id"] = identity.Id,
            ["legalName"] = identity.LegalName,
            ["registration"] = identity.Registration,
            ["country"] = identity.Country,
            ["source"] = identity.Source,
            ["confirmed"] = identity.Confirmed,
        };

        if (report.CheckedAt is { } checkedAt)
        {
            json["checkedAt"] = checkedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        if (report.Content is { } content)
        {
            var summary = new JsonObject
            {
                ["id"] = content.Id,
                ["types"] = new JsonArray(content.Types.Select(x => (JsonNode)x).ToArray()),
                ["issued"] = content.Issued?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            };
            foreach (var row in CredentialSummary.Rows(content, language))
            {
                summary[row.Key] = row.Missing ? null : row.Value;
            }

            json["credential"] = summary;
        }

        return json;
    }

    internal static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Verified => "verified",
        Verdict.NotVerified => "not-verified",
        _ => "indeterminate",
    };

    internal static JsonNode Result(CheckResult c)
    {
        var o = new JsonObject
        {
            ["check"] = c.Check,
            ["outcome"] = c.Outcome.ToString().ToLowerInvariant(),
            ["code"] = c.Code,
            ["message"] = c.Message,
        };
        if (c.Pointer is not null)
        {
            o["pointer"] = c.Pointer;
        }

        return o;
    }

    internal static JsonNode Problem(CheckResult c)
    {
        var o = new JsonObject { ["check"] = c.Check, ["code"] = c.Code, ["message"] = c.Message };
        if (c.Pointer is not null)
        {
            o["pointer"] = c.Pointer;
        }

        return o;
    }
}
