using System.Globalization;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Documents.Certificates;

/// <summary>
/// Turns a micro-credential into the rows a person reads on its certificate, in one language: the Annex I items of
/// Council Recommendation 2022/C 243/02 in the order a registrar's certificate lists them.
/// </summary>
internal static class CertificateFacts
{
    public static CertificatePage Page(MicroCredential credential, CredentialHeader header, string language)
    {
        var labels = CertificateLabels.For(language);
        string[] preferred = [language, credential.Template.PrimaryLanguage, "en"];
        string? Text(LanguageMap? map) => map?.Best(preferred) is { Length: > 0 } text ? text : null;
        string? Label(Concept? concept) => concept is null ? null : Text(concept.PrefLabel) ?? concept.Id;

        var t = credential.Template;
        var rows = new List<CertificateRow>();
        void Add(string label, params IEnumerable<string?> lines)
        {
            var present = lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList();
            if (present.Count > 0)
            {
                rows.Add(new CertificateRow(label, present));
            }
        }

        var learner = credential.Learner;
        Add(labels.DateOfBirth, learner.DateOfBirth is { } born ? DisplayFormat.Date(born, language) : null);
        Add(labels.StudentNumber, learner.StudentNumber);
        Add(labels.Issuer, Organisation(t.Issuer, Text));
        Add(labels.AwardingBodies, t.AwardingBodies.Select(b => Organisation(b, Text)));
        Add(labels.Issued, header.Issued is { } issued ? DisplayFormat.Date(issued, language) : null);
        Add(labels.Awarded, credential.Award.AwardDate is { } awarded ? DisplayFormat.Date(awarded, language) : null);
        Add(labels.ValidUntil, t.ValidUntil is { } until ? DisplayFormat.Date(until, language) : null);
        Add(labels.Workload,
            t.EctsCredits is { } ects ? string.Format(CultureInfo.InvariantCulture, labels.Credits, DisplayFormat.Number(ects, language)) : null,
            t.NotionalHours is { } hours ? string.Format(CultureInfo.InvariantCulture, labels.Hours, DisplayFormat.Number(hours, language)) : null);
        Add(labels.Eqf, t.EqfLevel?.ToString(CultureInfo.InvariantCulture), Label(t.NqfLevel), Label(t.QfEheaCycle));
        Add(labels.LearningOutcomes, [Text(t.LearningOutcomeSummary), .. t.LearningOutcomes.Select(o => Text(o.Title) is { } title ? "• " + title : null)]);
        Add(labels.Assessment, Text(t.AssessmentTitle) ?? Label(t.AssessmentType), Label(t.IdVerification));
        Add(labels.Grade, Text(credential.Award.Grade));
        Add(labels.Participation, string.Join(", ", t.Modes.Select(Label).Where(l => l is not null)), Label(t.LearningSetting));
        Add(labels.QualityAssurance, Text(t.QualityAssurance?.Title) ?? Label(t.QualityAssurance?.Type), Organisation(t.QualityAssurance?.Agency, Text));
        if (t.Stackability is { } stack)
        {
            var partOf = Text(stack.PartOfTitle) ?? string.Join(", ", stack.PartOf);
            Add(labels.Stackability,
                stack.IsPartialQualification || stack.PartOf.Count > 0
                    ? string.Format(CultureInfo.InvariantCulture, labels.PartOf, partOf)
                    : labels.StandAlone,
                Text(stack.Note));
        }

        Add(labels.Prerequisites, Text(t.Prerequisites));
        return new CertificatePage
        {
            Language = language,
            Labels = labels,
            Title = Text(t.Title) ?? "",
            Learner = learner.FullName ?? "",
            Rows = rows,
        };
    }

    private static string? Organisation(Organisation? organisation, Func<LanguageMap?, string?> text)
    {
        if (organisation is null || text(organisation.LegalName) is not { } name)
        {
            return null;
        }

        var details = new[] { organisation.Registration?.Notation, organisation.CountryCode }.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        return details.Count == 0 ? name : $"{name} ({string.Join(", ", details)})";
    }
}
