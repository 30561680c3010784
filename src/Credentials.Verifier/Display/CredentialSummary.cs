using System.Globalization;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Display;

/// <summary>
/// Turns a credential's content into labelled rows in English, Finnish or Swedish, in the order an employer reads a
/// certificate: who, what, by whom, when, how much, how assessed. Items the credential does not state are shown as
/// not stated.
/// </summary>
public static class CredentialSummary
{
    private static readonly Dictionary<string, (string En, string Fi, string Sv)> Labels = new(StringComparer.Ordinal)
    {
        ["learner"] = ("Learner", "Oppija", "Studerande"),
        ["dateOfBirth"] = ("Date of birth", "Syntymäaika", "Födelsedatum"),
        ["studentNumber"] = ("Student number", "Opiskelijanumero", "Studentnummer"),
        ["title"] = ("Title", "Nimi", "Benämning"),
        ["kind"] = ("Type of credential", "Todisteen laji", "Typ av intyg"),
        ["description"] = ("Description", "Kuvaus", "Beskrivning"),
        ["issuer"] = ("Issuer", "Myöntäjä", "Utfärdare"),
        ["registration"] = ("Registration id", "Rekisteritunnus", "Registreringsnummer"),
        ["country"] = ("Country", "Maa", "Land"),
        ["awardingBody"] = ("Awarding body", "Myöntävä organisaatio", "Utfärdande organ"),
        ["issued"] = ("Date of issuing", "Myöntämispäivä", "Utfärdandedatum"),
        ["awardDate"] = ("Date of award", "Suorituspäivä", "Datum för avläggande"),
        ["activity"] = ("Dates of the activity", "Ajankohta", "Tidpunkt"),
        ["assessmentDate"] = ("Date of assessment", "Arviointipäivä", "Bedömningsdatum"),
        ["ects"] = ("Workload (ECTS)", "Laajuus (op)", "Omfattning (sp)"),
        ["hours"] = ("Notional hours", "Työmäärä (tuntia)", "Arbetsmängd (timmar)"),
        ["eqf"] = ("EQF level", "EQF-taso", "EQF-nivå"),
        ["outcomes"] = ("Learning outcomes", "Osaamistavoitteet", "Lärandemål"),
        ["assessment"] = ("Type of assessment", "Arviointitapa", "Bedömningsform"),
        ["grade"] = ("Grade", "Arvosana", "Vitsord"),
        ["participation"] = ("Form of participation", "Osallistumismuoto", "Deltagandeform"),
        ["qualityAssurance"] = ("Quality assurance", "Laadunvarmistus", "Kvalitetssäkring"),
        ["validUntil"] = ("Valid until", "Voimassa asti", "Giltigt till"),
        ["notStated"] = ("not stated", "ei ilmoitettu", "inte angivet"),
    };

    /// <summary>The rows for <paramref name="content"/> in <paramref name="language"/> (<c>en</c>, <c>fi</c> or <c>sv</c>).</summary>
    public static IReadOnlyList<SummaryRow> Rows(CredentialContent content, string language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var langs = new[] { language, "en" };
        var mc = content.MicroCredential;
        var t = mc?.Template;
        var elm = content.Elm;
        var rows = new List<SummaryRow>();

        // Annex I elements are owed only by a credential that claims to be a micro-credential; elsewhere a missing
        // one is simply not part of that kind of credential.
        var annexOptional = !content.ClaimsMicroCredential;
        void Add(string key, string? value, bool optional = false)
        {
            var missing = string.IsNullOrWhiteSpace(value);
            rows.Add(new SummaryRow(key, Label(key, language), missing ? Label("notStated", language) : value!, missing, optional));
        }

        string? Text(LanguageMap? map) => map?.Best(langs);
        string? ConceptText(Concept? c) => c is null ? null : ConceptLabels.Concept(c.Id, language) ?? c.PrefLabel.Best(langs) ?? c.Id;
        string? Date(DateTimeOffset? d) => d?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string? Period(DateTimeOffset? start, DateTimeOffset? end) =>
            start is null && end is null ? null : Date(start) == Date(end) || end is null ? Date(start) ?? Date(end) : $"{Date(start)} – {Date(end)}";

        Add("learner", mc?.Learner.FullName);
        Add("dateOfBirth", mc?.Learner.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), annexOptional);
        Add("studentNumber", mc?.Learner.StudentNumber, annexOptional);
        Add("title", Text(t?.Title));
        Add("kind", Text(elm?.Kind) ?? string.Join(", ", (elm?.Profiles ?? []).Select(ConceptText).Where(x => x is not null)), optional: true);
        Add("description", Text(elm?.Description) ?? Text(elm?.KindDescription), optional: true);
        Add("issuer", Text(t?.Issuer?.LegalName) ?? content.IssuerId);
        Add("registration", t?.Issuer?.Registration?.Notation ?? t?.Issuer?.EidasIdentifier ?? t?.Issuer?.VatIdentifier, annexOptional);
        Add("country", ConceptLabels.Country(t?.Issuer?.CountryCode, language) ?? t?.Issuer?.CountryCode, annexOptional);
        // The model's rule: with no awarding body of its own, the issuer awards the credential.
        Add("awardingBody", t is null ? null : t.AwardingBodies.Count == 0 ? Text(t.Issuer?.LegalName) : string.Join("; ", t.AwardingBodies.Select(b => Text(b.LegalName)).Where(n => n is not null)));
        Add("issued", Date(content.Issued));
        Add("awardDate", Date(mc?.Award.AwardDate), annexOptional);
        Add("activity", Period(elm?.Start, elm?.End), optional: true);
        Add("assessmentDate", Date(elm?.AssessmentDate), optional: true);
        Add("ects", t?.EctsCredits?.ToString("0.##", CultureInfo.InvariantCulture), annexOptional);
        Add("hours", (elm?.WorkloadHours ?? t?.NotionalHours)?.ToString("0.##", CultureInfo.InvariantCulture), annexOptional);
        Add("eqf", t?.EqfLevel?.ToString(CultureInfo.InvariantCulture), annexOptional);
        Add("outcomes", t is null ? null : string.Join(" • ", t.LearningOutcomes.Select(o => Text(o.Title)).Where(o => o is not null)), annexOptional);
        Add("assessment", ConceptText(t?.AssessmentType) ?? Text(t?.AssessmentTitle), annexOptional);
        Add("grade", Text(mc?.Award.Grade), annexOptional);
        Add("participation", t is null ? null : string.Join(", ", t.Modes.Select(ConceptText).Append(ConceptText(t.LearningSetting)).Where(x => x is not null)), annexOptional);
        Add("qualityAssurance", t?.QualityAssurance is { } qa ? string.Join(", ", new[] { ConceptText(qa.Type), Text(qa.Title), Text(qa.Agency?.LegalName) }.Where(x => x is not null)) : null, annexOptional);
        Add("validUntil", Date(content.ValidUntil), optional: true);
        return rows;
    }

    /// <summary>
    /// The eleven mandatory elements of Annex I of Council Recommendation 2022/C 243/02, each present or not, by the
    /// row key and label used for it; for a credential that claims to be a micro-credential.
    /// </summary>
    public static IReadOnlyList<(string Key, string Label, bool Present)> AnnexOne(CredentialContent content, string language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var t = content.MicroCredential?.Template;
        var learner = content.MicroCredential?.Learner;
        (string, string, bool) E(string key, bool present) => (key, Label(key, language), present);
        return
        [
            E("learner", !string.IsNullOrWhiteSpace(learner?.FullName)),
            E("title", t?.Title is { Count: > 0 }),
            E("country", !string.IsNullOrWhiteSpace(t?.Issuer?.CountryCode)),
            E("awardingBody", t is not null && (t.AwardingBodies.Count > 0 || t.Issuer?.LegalName is { Count: > 0 })),
            E("issued", content.Issued is not null),
            E("outcomes", t is { LearningOutcomes.Count: > 0 }),
            E("ects", t?.EctsCredits is not null),
            E("eqf", t?.EqfLevel is not null || t?.NqfLevel is not null),
            E("assessment", t?.AssessmentType is not null || t?.AssessmentTitle is not null),
            E("participation", t is not null && (t.Modes.Count > 0 || t.LearningSetting is not null)),
            E("qualityAssurance", t?.QualityAssurance is not null),
        ];
    }

    private static string Label(string key, string language)
    {
        var l = Labels[key];
        return language switch
        {
            "fi" => l.Fi,
            "sv" => l.Sv,
            _ => l.En,
        };
    }
}
