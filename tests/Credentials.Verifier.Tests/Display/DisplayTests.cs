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
    public void LabelsFile_EveryFinnishAndSwedishConceptLabelIsMarkedAsTheProjectsOwnTranslation()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRepo("src", "Credentials.Verifier", "Display", "Labels", "concept-labels.json")));

        foreach (var section in new[] { "concepts" })
        {
            foreach (var entry in doc.RootElement.GetProperty(section).EnumerateObject())
            {
                var own = entry.Value.GetProperty("own").EnumerateArray().Select(x => x.GetString()).ToList();
                foreach (var language in new[] { "fi", "sv" })
                {
                    entry.Value.TryGetProperty(language, out _).Should().BeTrue($"{entry.Name} needs a {language} label");
                    own.Should().Contain(language, $"no official {language} label was available for {entry.Name}");
                    ConceptLabels.IsOwnTranslation(entry.Name, language).Should().BeTrue();
                }
            }
        }

        ConceptLabels.Concept("http://data.europa.eu/snb/assessment/6e6cb2cc78", "fi").Should().Be("kirjallinen koe");
        ConceptLabels.Concept("http://data.europa.eu/snb/assessment/6e6cb2cc78", "en").Should().Be("written examination");
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
