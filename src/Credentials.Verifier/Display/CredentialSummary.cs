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
        ["issuer"] = ("Issuer", "Myöntäjä", "Utfärdare"),
        ["registration"] = ("Registration id", "Rekisteritunnus", "Registreringsnummer"),
        ["country"] = ("Country", "Maa", "Land"),
        ["awardingBody"] = ("Awarding body", "Myöntävä organisaatio", "Utfärdande organ"),
        ["issued"] = ("Date of issuing", "Myöntämispäivä", "Utfärdandedatum"),
        ["awardDate"] = ("Date of award", "Suorituspäivä", "Datum för avläggande"),
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
        var rows = new List<SummaryRow>();

        void Add(string key, string? value)
        {
            var missing = string.IsNullOrWhiteSpace(value);
            rows.Add(new SummaryRow(key, Label(key, language), missing ? Label("notStated", language) : value!, missing));
        }

        string? Text(LanguageMap? map) => map?.Best(langs);
        string? ConceptText(Concept? c) => c is null ? null : c.PrefLabel.Best(langs) ?? c.Id;
        string? Date(DateTimeOffset? d) => d?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Add("learner", mc?.Learner.FullName);
        Add("dateOfBirth", mc?.Learner.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("studentNumber", mc?.Learner.StudentNumber);
        Add("title", Text(t?.Title));
        Add("issuer", Text(t?.Issuer?.LegalName) ?? content.IssuerId);
        Add("registration", t?.Issuer?.Registration?.Notation ?? t?.Issuer?.EidasIdentifier ?? t?.Issuer?.VatIdentifier);
        Add("country", t?.Issuer?.CountryCode);
        // The model's rule: with no awarding body of its own, the issuer awards the credential.
        Add("awardingBody", t is null ? null : t.AwardingBodies.Count == 0 ? Text(t.Issuer?.LegalName) : string.Join("; ", t.AwardingBodies.Select(b => Text(b.LegalName)).Where(n => n is not null)));
        Add("issued", Date(content.Issued));
        Add("awardDate", Date(mc?.Award.AwardDate));
        Add("ects", t?.EctsCredits?.ToString("0.##", CultureInfo.InvariantCulture));
        Add("hours", t?.NotionalHours?.ToString("0.##", CultureInfo.InvariantCulture));
        Add("eqf", t?.EqfLevel?.ToString(CultureInfo.InvariantCulture));
        Add("outcomes", t is null ? null : string.Join(" • ", t.LearningOutcomes.Select(o => Text(o.Title)).Where(o => o is not null)));
        Add("assessment", ConceptText(t?.AssessmentType) ?? Text(t?.AssessmentTitle));
        Add("grade", Text(mc?.Award.Grade));
        Add("participation", t is null ? null : string.Join(", ", t.Modes.Select(ConceptText).Append(ConceptText(t.LearningSetting)).Where(x => x is not null)));
        Add("qualityAssurance", t?.QualityAssurance is { } qa ? string.Join(", ", new[] { ConceptText(qa.Type), Text(qa.Title), Text(qa.Agency?.LegalName) }.Where(x => x is not null)) : null);
        Add("validUntil", Date(content.ValidUntil));
        return rows;
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
