using System.Xml.Linq;
using System.Text.Json;
using Credentials.Proofs.Findings;
using Credentials.TestKit;
using Credentials.Verifier.Display;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Display;

public sealed class DisplayTests
{
    private static readonly string Participation = RepositoryPaths.InTestData("elm", "samples", "Sample-CertOfPart-unsigned.jsonld");
    private static readonly string Annex = RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-unsigned.jsonld");

    [Fact]
    public async Task VerifyAsync_CertificateOfParticipation_IsReadAsAnActivityAndNotHeldToAnnexOne()
    {
        var report = await VerifierFactory.Create().VerifyAsync(File.ReadAllBytes(Participation));

        report.Checks.Should().NotContain(c => c.Code == CheckCodes.SchemaAnnexIncomplete);
        var content = report.Content!;
        content.ClaimsMicroCredential.Should().BeFalse();
        content.Elm!.ClaimType.Should().Be("LearningActivity");
        content.Elm.WorkloadHours.Should().Be(2);
        content.Elm.Start.Should().Be(new DateTimeOffset(2023, 6, 28, 12, 0, 0, TimeSpan.Zero));
        var rows = CredentialSummary.Rows(content, "en").Where(r => r.Shown).ToDictionary(r => r.Key, r => r.Value);
        rows["title"].Should().Be("EDC Updates Webinar");
        rows["kind"].Should().Be("Certificate of Participation");
        rows["learner"].Should().Be("Ana Andromeda");
        rows["issuer"].Should().Be("European Digital Credentials for Learning Support Team");
        rows["hours"].Should().Be("2");
        rows["activity"].Should().Be("2023-06-28");
        CredentialSummary.Rows(content, "en").Where(r => r.Shown).Should().NotContain(r => r.Missing);
        CertificateSentence.Of(report, "en").Should().Be(
            "Ana Andromeda took part in EDC Updates Webinar, 2 hours, at European Digital Credentials for Learning Support Team (not confirmed), on 28 June 2023.");
    }

    [Fact]
    public async Task VerifyAsync_AnnexSample_ClaimsToBeAMicroCredentialAndKeepsItsAnnexNotes()
    {
        var report = await VerifierFactory.Create().VerifyAsync(File.ReadAllBytes(Annex));

        report.Content!.ClaimsMicroCredential.Should().BeTrue();
        CredentialSummary.AnnexOne(report.Content, "en").Should().HaveCount(11);
        report.IssuerIdentity.Confirmed.Should().BeFalse();
        report.IssuerIdentity.Source.Should().Be(IssuerIdentity.CredentialSource);
        report.IssuerIdentity.LegalName.Should().Be("University of Zed");
    }

    [Theory]
    [InlineData("FIN", "fi", "Suomi")]
    [InlineData("FIN", "sv", "Finland")]
    [InlineData("SWE", "fi", "Ruotsi")]
    [InlineData("DEU", "sv", "Tyskland")]
    [InlineData("FIN", "en", "Finland")]
    [InlineData("BRA", "fi", "Brazil")]
    [InlineData("XXX", "fi", null)]
    public void Country_CodeAndLanguage_GivesTheNameOrTheEnglishOne(string code, string language, string? expected)
    {
        ConceptLabels.Country(code, language).Should().Be(expected);
    }

    [Fact]
    public void LabelsFile_EveryFinnishAndSwedishLabelIsTheEuTablesOrMarkedAsTheProjectsOwn()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRepo("src", "Credentials.Verifier", "Display", "Labels", "concept-labels.json")));
        var languages = EuTable("language.gc");
        var official = new List<string>();

        foreach (var entry in doc.RootElement.GetProperty("concepts").EnumerateObject())
        {
            var own = entry.Value.TryGetProperty("own", out var o) ? o.EnumerateArray().Select(x => x.GetString()).ToList() : [];
            foreach (var (language, column) in new[] { ("fi", "fin_label"), ("sv", "swe_label") })
            {
                var label = entry.Value.GetProperty(language).GetString();
                ConceptLabels.IsOwnTranslation(entry.Name, language).Should().Be(own.Contains(language));
                if (!own.Contains(language))
                {
                    const string prefix = "http://publications.europa.eu/resource/authority/language/";
                    entry.Name.Should().StartWith(prefix, "only the EU language table's labels could be had; every other fi/sv label is the project's own");
                    label.Should().Be(languages[entry.Name[prefix.Length..]][column], $"{entry.Name} is not marked as own in {language}");
                    official.Add(entry.Name + " " + language);
                }
            }
        }

        official.Should().HaveCount(6, "FIN, SWE and ENG in fi and sv");
        ConceptLabels.Concept("http://data.europa.eu/snb/assessment/6e6cb2cc78", "fi").Should().Be("kirjallinen koe");
        ConceptLabels.IsOwnTranslation("http://data.europa.eu/snb/assessment/6e6cb2cc78", "fi").Should().BeTrue();
        ConceptLabels.Concept("http://publications.europa.eu/resource/authority/language/SWE", "fi").Should().Be("ruotsi");
    }

    [Fact]
    public void LabelsFile_CountryNamesAreTheEuTablesOwn()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRepo("src", "Credentials.Verifier", "Display", "Labels", "concept-labels.json")));
        var countries = EuTable("country.gc");
        var missing = new List<string>();

        foreach (var entry in doc.RootElement.GetProperty("countries").EnumerateObject())
        {
            if (!countries.TryGetValue(entry.Name, out var row))
            {
                missing.Add(entry.Name);
                continue;
            }

            entry.Value.GetProperty("fi").GetString().Should().Be(row["fin_label"], entry.Name);
            entry.Value.GetProperty("sv").GetString().Should().Be(row["swe_label"], entry.Name);
        }

        missing.Should().Equal(["EUR"], "the European Union (EUR) is not a row of this country table");
    }

    // An excerpt of an EU authority table (OASIS genericode, from the eForms SDK): code -> column -> value.
    private static Dictionary<string, Dictionary<string, string>> EuTable(string file)
    {
        var root = XDocument.Load(RepositoryPaths.InTestData("eu-vocabularies", file)).Root!;
        return root.Descendants("Row")
            .Select(row => row.Elements("Value").ToDictionary(v => (string)v.Attribute("ColumnRef")!, v => (string?)v.Element("SimpleValue") ?? string.Empty, StringComparer.Ordinal))
            .ToDictionary(row => row["code"], StringComparer.Ordinal);
    }

    /// <summary>Country names are the EU country authority table's own (version 20221214-0): none is marked as ours.</summary>
    [Theory]
    [InlineData("FIN", "Suomi", "Finland")]
    [InlineData("SWE", "Ruotsi", "Sverige")]
    [InlineData("ALA", "Ahvenanmaa", "Åland")]
    [InlineData("CZE", "Tšekki", "Tjeckien")]
    [InlineData("FRO", "Färsaaret", "Färöarna")]
    public void Country_NamesAreTheEuTablesOfficialOnes(string code, string finnish, string swedish)
    {
        ConceptLabels.Country(code, "fi").Should().Be(finnish);
        ConceptLabels.Country(code, "sv").Should().Be(swedish);
        ConceptLabels.IsOwnTranslation(code, "fi").Should().BeFalse();
        ConceptLabels.IsOwnTranslation(code, "sv").Should().BeFalse();
    }
}
