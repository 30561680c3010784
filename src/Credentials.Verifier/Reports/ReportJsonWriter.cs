using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.Findings;
using Credentials.Verifier.Display;

namespace Credentials.Verifier.Reports;

/// <summary>
/// The report JSON of <see cref="ReportJson.Write"/>, byte for byte, written straight to a <see cref="Utf8JsonWriter"/>
/// without building the <see cref="JsonObject"/> tree first (19 KiB per report of the Annex I sample): for a host that
/// writes the report to a response or a file.
/// </summary>
public static class ReportJsonWriter
{
    /// <summary>Writes <paramref name="report"/> as JSON to <paramref name="writer"/>; <paramref name="language"/> selects the summary labels.</summary>
    public static void Write(Utf8JsonWriter writer, VerificationReport report, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteBoolean("verified", report.Verdict == Verdict.Verified);
        writer.WriteString("outcome", ReportJson.VerdictName(report.Verdict));
        writer.WriteString("verdict", Conclusions.Name(report.Conclusion));
        writer.WriteString("summary", Conclusions.Sentence(report, language));

        // VC-API: names of the checks that were made and passed; problems as errors (failed) and warnings (undecided).
        writer.WriteStartArray("checks");
        foreach (var c in report.Checks)
        {
            if (c.Outcome == CheckOutcome.Passed)
            {
                writer.WriteStringValue(c.Check);
            }
        }

        writer.WriteEndArray();
        WriteProblems(writer, "warnings", report.Checks, CheckOutcome.Indeterminate);
        WriteProblems(writer, "errors", report.Checks, CheckOutcome.Failed);
        writer.WriteStartArray("results");
        foreach (var c in report.Checks)
        {
            writer.WriteStartObject();
            writer.WriteString("check", c.Check);
            writer.WriteString("outcome", OutcomeName(c.Outcome));
            writer.WriteString("code", c.Code);
            writer.WriteString("message", c.Message);
            if (c.Pointer is not null)
            {
                writer.WriteString("pointer", c.Pointer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("envelope", report.Envelope);
        writer.WriteString("issuer", report.IssuerId);
        if (report.InputNotes.Count > 0)
        {
            writer.WriteStartArray("cleaned");
            foreach (var note in report.InputNotes)
            {
                writer.WriteStringValue(note);
            }

            writer.WriteEndArray();
        }

        if (report.Disclosure is { } disclosure)
        {
            writer.WriteStartObject("disclosure");
            WriteClaims(writer, "visible", disclosure.Visible);
            WriteClaims(writer, "disclosed", disclosure.Disclosed);
            writer.WriteNumber("withheld", disclosure.Withheld);
            writer.WriteEndObject();
        }

        if (report.TrustedIssuer is { } t)
        {
            writer.WriteStartObject("trustedIssuer");
            writer.WriteString("id", t.Id);
            writer.WriteString("legalName", t.LegalName);
            writer.WriteString("registration", t.Registration);
            writer.WriteString("country", t.Country);
            writer.WriteEndObject();
        }

        var identity = report.IssuerIdentity;
        writer.WriteStartObject("issuerIdentity");
        writer.WriteString("id", identity.Id);
        writer.WriteString("legalName", identity.LegalName);
        writer.WriteString("registration", identity.Registration);
        writer.WriteString("country", identity.Country);
        writer.WriteString("source", identity.Source);
        writer.WriteBoolean("confirmed", identity.Confirmed);
        writer.WriteEndObject();
        if (report.CheckedAt is { } checkedAt)
        {
            writer.WriteString("checkedAt", checkedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        if (report.Content is { } content)
        {
            WriteSummary(writer, content, language);
        }

        writer.WriteEndObject();
    }

    private static void WriteProblems(Utf8JsonWriter writer, string name, IReadOnlyList<CheckResult> checks, CheckOutcome outcome)
    {
        writer.WriteStartArray(name);
        foreach (var c in checks)
        {
            if (c.Outcome != outcome)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("check", c.Check);
            writer.WriteString("code", c.Code);
            writer.WriteString("message", c.Message);
            if (c.Pointer is not null)
            {
                writer.WriteString("pointer", c.Pointer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteClaims(Utf8JsonWriter writer, string name, IReadOnlyList<KeyValuePair<string, JsonNode?>> claims)
    {
        writer.WriteStartArray(name);
        foreach (var (path, value) in claims)
        {
            writer.WriteStartObject();
            writer.WriteString("path", path);
            writer.WritePropertyName("value");
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    // id, types and the issuing time first (the summary row's date, as the tree has it), then the other rows.
    private static void WriteSummary(Utf8JsonWriter writer, CredentialContent content, string language)
    {
        var rows = CredentialSummary.Rows(content, language);
        SummaryRow? Row(string key)
        {
            foreach (var row in rows)
            {
                if (row.Key == key)
                {
                    return row;
                }
            }

            return null;
        }

        writer.WriteStartObject("credential");
        writer.WriteString("id", content.Id);
        writer.WriteStartArray("types");
        foreach (var type in content.Types)
        {
            writer.WriteStringValue(type);
        }

        writer.WriteEndArray();
        writer.WriteString("issued", Row("issued") is { } issuedRow
            ? issuedRow.Missing ? null : issuedRow.Value
            : content.Issued?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        foreach (var row in rows)
        {
            if (row.Key != "issued")
            {
                writer.WriteString(row.Key, row.Missing ? null : row.Value);
            }
        }

        writer.WriteEndObject();
    }

    private static string OutcomeName(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Passed => "passed",
        CheckOutcome.Failed => "failed",
        CheckOutcome.Indeterminate => "indeterminate",
        CheckOutcome.Skipped => "skipped",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
