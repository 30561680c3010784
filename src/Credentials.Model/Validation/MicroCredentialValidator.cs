using Credentials.Model.Input;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Validation;

/// <summary>
/// Checks a <see cref="MicroCredential"/> against Annex I of Council Recommendation 2022/C 243/02 and our ELM
/// profile. Returns every problem (up to <see cref="MicroCredentialJson.MaxProblems"/> per section), each with a JSON Pointer into the JSON input form and a stable code from
/// <see cref="ProblemCodes"/>; an empty list means the model can be issued.
/// </summary>
public static class MicroCredentialValidator
{
    /// <summary>Smallest ECTS workload of a micro-credential (Finnish national definition: 1–59 ECTS).</summary>
    public const decimal MinEcts = 1m;

    /// <summary>Largest ECTS workload of a micro-credential.</summary>
    public const decimal MaxEcts = 59m;

    /// <summary>Validates the whole credential; pointers start with <c>/template</c>, <c>/learner</c>, <c>/award</c>.</summary>
    public static IReadOnlyList<ModelProblem> Validate(MicroCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var problems = new List<ModelProblem>();
        problems.AddRange(ValidateTemplate(credential.Template, "/template"));
        problems.AddRange(ValidateLearner(credential.Learner, "/learner"));
        problems.AddRange(ValidateAward(credential.Award, "/award"));
        var c = new Checks(problems);
        if (credential.Learner.DateOfBirth is { } born && credential.Award.AwardDate is { } awarded
            && born.ToDateTime(TimeOnly.MinValue) > awarded.UtcDateTime)
        {
            c.Add("/learner/dateOfBirth", ProblemCodes.Inconsistent, "The learner is born after the award date.");
        }

        return problems;
    }

    /// <summary>Validates the course-level template; <paramref name="at"/> is its pointer.</summary>
    public static IReadOnlyList<ModelProblem> ValidateTemplate(MicroCredentialTemplate template, string at)
    {
        ArgumentNullException.ThrowIfNull(template);
        var c = new Checks([]);
        c.Text(template.Title, at + "/title", "the title");
        if (Vocabularies.Languages.Find(template.PrimaryLanguage) is null)
        {
            c.Add(at + "/primaryLanguage", ProblemCodes.InvalidConcept,
                $"Primary language must be one of: {string.Join(", ", Vocabularies.Languages.Codes)}.");
        }

        c.Organisation(template.Issuer, at + "/issuer", "the issuer", requireRegistration: true);
        for (var i = 0; i < template.AwardingBodies.Count && !c.Full; i++)
        {
            c.Organisation(template.AwardingBodies[i], $"{at}/awardingBodies/{i}", "the awarding body", requireRegistration: false);
        }

        if (template.LearningOutcomes.Count == 0)
        {
            c.Add(at + "/learningOutcomes", ProblemCodes.Required, "At least one learning outcome is required.");
        }

        for (var i = 0; i < template.LearningOutcomes.Count && !c.Full; i++)
        {
            var outcome = template.LearningOutcomes[i];
            c.Text(outcome.Title, $"{at}/learningOutcomes/{i}/title", "the learning outcome text");
            for (var j = 0; j < outcome.EscoSkills.Count && !c.Full; j++)
            {
                if (!outcome.EscoSkills[j].Id.StartsWith(ElmVocabulary.EscoSkillPrefix, StringComparison.Ordinal))
                {
                    c.Add($"{at}/learningOutcomes/{i}/escoSkills/{j}", ProblemCodes.InvalidConcept,
                        $"An ESCO skill URI starts with {ElmVocabulary.EscoSkillPrefix}.");
                }
            }
        }

        c.OptionalText(template.LearningOutcomeSummary, at + "/learningOutcomeSummary");
        if (template.EctsCredits is not { } ects)
        {
            c.Add(at + "/ects", ProblemCodes.Required, "The workload in ECTS credits is required.");
        }
        else if (ects is < MinEcts or > MaxEcts)
        {
            c.Add(at + "/ects", ProblemCodes.OutOfRange, $"A micro-credential has {MinEcts}–{MaxEcts} ECTS credits; found {ects}.");
        }

        if (template.NotionalHours is { } hours && (hours <= 0 || hours > 10_000))
        {
            c.Add(at + "/notionalHours", ProblemCodes.OutOfRange, $"Notional hours must be above 0 and at most 10000; found {hours}.");
        }

        if (template.EqfLevel is not { } eqf)
        {
            c.Add(at + "/eqfLevel", ProblemCodes.Required, "The EQF level (1–8) is required.");
        }
        else if (eqf is < 1 or > 8)
        {
            c.Add(at + "/eqfLevel", ProblemCodes.OutOfRange, $"The EQF level is 1–8; found {eqf}.");
        }

        if (template.NqfLevel is { } nqf && !nqf.Id.StartsWith("http://data.europa.eu/snb/qdr/", StringComparison.Ordinal))
        {
            c.Add(at + "/nqfLevel/id", ProblemCodes.InvalidConcept, "An NQF level URI starts with http://data.europa.eu/snb/qdr/.");
        }

        c.Concept(template.AssessmentType, Vocabularies.AssessmentTypes, at + "/assessment/type", "The type of assessment");
        c.OptionalText(template.AssessmentTitle, at + "/assessment/title");
        if (template.IdVerification is { } verification
            && !string.Equals(verification.Scheme, ElmVocabulary.SupervisionVerificationScheme, StringComparison.Ordinal))
        {
            c.Add(at + "/assessment/idVerification", ProblemCodes.InvalidConcept,
                $"Identity verification concepts belong to {ElmVocabulary.SupervisionVerificationScheme}.");
        }

        if (template.Modes.Count == 0)
        {
            c.Add(at + "/participation/modes", ProblemCodes.Required, "At least one mode of participation (e.g. online) is required.");
        }

        for (var i = 0; i < template.Modes.Count && !c.Full; i++)
        {
            c.Concept(template.Modes[i], Vocabularies.Modes, $"{at}/participation/modes/{i}", "The mode");
        }

        c.Concept(template.LearningSetting, Vocabularies.LearningSettings, at + "/participation/learningSetting", "The learning setting");
        if (template.QualityAssurance is not { } qa)
        {
            c.Add(at + "/qualityAssurance", ProblemCodes.Required, "The type of quality assurance is required.");
        }
        else
        {
            c.Concept(qa.Type, Vocabularies.AccreditationTypes, at + "/qualityAssurance/type", "The quality assurance type");
            c.OptionalText(qa.Title, at + "/qualityAssurance/title");
            c.Organisation(qa.Agency, at + "/qualityAssurance/agency", "the quality assurance agency", requireRegistration: false);
        }

        c.OptionalText(template.Prerequisites, at + "/prerequisites");
        c.OptionalText(template.FurtherInformation, at + "/furtherInformation");
        if (template.Stackability is { } stack)
        {
            c.OptionalText(stack.Note, at + "/stackability/note");
            if (stack.PartOf.Count > 0)
            {
                c.Text(stack.PartOfTitle, at + "/stackability/partOfTitle", "the title of the qualification it stacks into");
            }

            for (var i = 0; i < stack.PartOf.Count && !c.Full; i++)
            {
                c.Uri(stack.PartOf[i], $"{at}/stackability/partOf/{i}");
            }
        }

        c.WebUrl(template.Homepage, at + "/homepage");
        if (template.ValidFrom is { } from && template.ValidUntil is { } until && until <= from)
        {
            c.Add(at + "/validUntil", ProblemCodes.Inconsistent, "Validity must end after it starts.");
        }

        return c.Problems;
    }

    /// <summary>Validates the learner; <paramref name="at"/> is its pointer.</summary>
    public static IReadOnlyList<ModelProblem> ValidateLearner(Learner learner, string at)
    {
        ArgumentNullException.ThrowIfNull(learner);
        var c = new Checks([]);
        c.Required(learner.GivenName, at + "/givenName", "The learner's given name");
        c.Required(learner.FamilyName, at + "/familyName", "The learner's family name");
        if (learner.DateOfBirth is null)
        {
            c.Add(at + "/dateOfBirth", ProblemCodes.Required, "The learner's date of birth is required.");
        }
        else if (learner.DateOfBirth.Value.Year < 1900)
        {
            c.Add(at + "/dateOfBirth", ProblemCodes.OutOfRange, "The date of birth is before 1900.");
        }

        c.Required(learner.StudentNumber, at + "/studentNumber", "The student number");
        c.Required(learner.StudentNumberScheme, at + "/studentNumberScheme", "The scheme of the student number");
        if (learner.NationalId is not null)
        {
            c.Country(learner.NationalIdCountry, at + "/nationalIdCountry", "The country of the national ID");
        }

        if (learner.Email is { } email && !Checks.IsEmail(email))
        {
            c.Add(at + "/email", ProblemCodes.InvalidFormat, "This is not an e-mail address.");
        }

        if (learner.Did is { } did && !Checks.IsDid(did))
        {
            c.Add(at + "/did", ProblemCodes.InvalidFormat, "A DID has the form did:<method>:<identifier> (W3C DID Core §3.1).");
        }

        return c.Problems;
    }

    /// <summary>Validates the award; <paramref name="at"/> is its pointer.</summary>
    public static IReadOnlyList<ModelProblem> ValidateAward(Award award, string at)
    {
        ArgumentNullException.ThrowIfNull(award);
        var c = new Checks([]);

        // ELM: a LearningAssessment must carry a grade, and every micro-credential has an assessment (Annex I).
        c.Text(award.Grade, at + "/grade", "the grade");
        if (award.AwardDate is null)
        {
            c.Add(at + "/awardDate", ProblemCodes.Required, "The award date is required.");
        }

        return c.Problems;
    }
}
