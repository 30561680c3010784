using System.Text.Json;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Input;

/// <summary>Maps the sections of the JSON input form (<c>template</c>, <c>learner</c>, <c>award</c>) to the model.</summary>
internal static class SectionReader
{
    public static MicroCredentialTemplate? Template(InputReader r, JsonElement e, string at)
    {
        if (!r.Object(e, at, "title", "primaryLanguage", "issuer", "awardingBodies", "learningOutcomeSummary",
                "learningOutcomes", "ects", "notionalHours", "eqfLevel", "nqfLevel", "qfEheaCycle", "assessment",
                "participation", "qualityAssurance", "prerequisites", "stackability", "furtherInformation", "homepage",
                "validFrom", "validUntil"))
        {
            return null;
        }

        var template = new MicroCredentialTemplate
        {
            Title = r.Text(e, "title", at),
            PrimaryLanguage = r.String(e, "primaryLanguage", at)?.ToLowerInvariant() ?? "en",
            Issuer = InputReader.TryMember(e, "issuer", out var issuer) ? Organisation(r, issuer, JsonPointer.Append(at, "issuer")) : null,
            AwardingBodies = r.Array(e, "awardingBodies", at, (x, p) => Organisation(r, x, p)),
            LearningOutcomeSummary = r.Text(e, "learningOutcomeSummary", at),
            LearningOutcomes = r.Array(e, "learningOutcomes", at, (x, p) => Outcome(r, x, p)),
            EctsCredits = r.Decimal(e, "ects", at),
            NotionalHours = r.Decimal(e, "notionalHours", at),
            EqfLevel = r.Integer(e, "eqfLevel", at),
            NqfLevel = r.ConceptObject(e, "nqfLevel", at),
            QfEheaCycle = r.ConceptObject(e, "qfEheaCycle", at),
            Prerequisites = r.Text(e, "prerequisites", at),
            FurtherInformation = r.Text(e, "furtherInformation", at),
            Homepage = r.String(e, "homepage", at),
            ValidFrom = r.DateTime(e, "validFrom", at),
            ValidUntil = r.DateTime(e, "validUntil", at),
        };

        if (InputReader.TryMember(e, "assessment", out var assessment))
        {
            var p = JsonPointer.Append(at, "assessment");
            if (r.Object(assessment, p, "type", "title", "idVerification"))
            {
                template = template with
                {
                    AssessmentType = r.Code(assessment, "type", p, Vocabularies.AssessmentTypes),
                    AssessmentTitle = r.Text(assessment, "title", p),
                    IdVerification = IdVerification(r, assessment, p),
                };
            }
        }

        if (InputReader.TryMember(e, "participation", out var participation))
        {
            var p = JsonPointer.Append(at, "participation");
            if (r.Object(participation, p, "modes", "learningSetting"))
            {
                template = template with
                {
                    Modes = r.Array(participation, "modes", p, (x, q) => r.CodeValue(x, q, Vocabularies.Modes)),
                    LearningSetting = r.Code(participation, "learningSetting", p, Vocabularies.LearningSettings),
                };
            }
        }

        if (InputReader.TryMember(e, "qualityAssurance", out var qa))
        {
            template = template with { QualityAssurance = QualityAssurance(r, qa, JsonPointer.Append(at, "qualityAssurance")) };
        }

        if (InputReader.TryMember(e, "stackability", out var stack))
        {
            var p = JsonPointer.Append(at, "stackability");
            if (r.Object(stack, p, "isPartialQualification", "partOf", "partOfTitle", "note"))
            {
                template = template with
                {
                    Stackability = new Stackability(
                        r.Boolean(stack, "isPartialQualification", p) ?? false,
                        r.Array(stack, "partOf", p, (x, q) => Uri(r, x, q)),
                        r.Text(stack, "note", p),
                        r.Text(stack, "partOfTitle", p)),
                };
            }
        }

        return template;
    }

    public static Organisation? Organisation(InputReader r, JsonElement e, string at)
    {
        if (!r.Object(e, at, "legalName", "registration", "vatIdentifier", "eidasIdentifier", "country", "region", "address", "homepage"))
        {
            return null;
        }

        LegalIdentifier? registration = null;
        if (InputReader.TryMember(e, "registration", out var reg))
        {
            var p = JsonPointer.Append(at, "registration");
            if (r.Object(reg, p, "notation", "scheme"))
            {
                registration = new LegalIdentifier(r.String(reg, "notation", p), r.String(reg, "scheme", p));
            }
        }

        return new Organisation
        {
            LegalName = r.Text(e, "legalName", at),
            Registration = registration,
            VatIdentifier = r.String(e, "vatIdentifier", at),
            EidasIdentifier = r.String(e, "eidasIdentifier", at),
            CountryCode = r.Code(e, "country", at, Vocabularies.Countries) is { } country ? Vocabularies.Countries.CodeOf(country.Id) : null,
            Region = r.ConceptObject(e, "region", at),
            Address = r.Text(e, "address", at),
            Homepage = r.String(e, "homepage", at),
        };
    }

    public static Learner? Learner(InputReader r, JsonElement e, string at)
    {
        if (!r.Object(e, at, "givenName", "familyName", "dateOfBirth", "studentNumber", "studentNumberScheme",
                "nationalId", "nationalIdCountry", "email", "did"))
        {
            return null;
        }

        return new Learner
        {
            GivenName = r.String(e, "givenName", at),
            FamilyName = r.String(e, "familyName", at),
            DateOfBirth = r.Date(e, "dateOfBirth", at),
            StudentNumber = r.String(e, "studentNumber", at),
            StudentNumberScheme = r.String(e, "studentNumberScheme", at),
            NationalId = r.String(e, "nationalId", at),
            NationalIdCountry = r.Code(e, "nationalIdCountry", at, Vocabularies.Countries) is { } country ? Vocabularies.Countries.CodeOf(country.Id) : null,
            Email = r.String(e, "email", at),
            Did = r.String(e, "did", at),
        };
    }

    public static Award? Award(InputReader r, JsonElement e, string at)
    {
        if (!r.Object(e, at, "grade", "awardDate"))
        {
            return null;
        }

        return new Award { Grade = r.Text(e, "grade", at), AwardDate = r.DateTime(e, "awardDate", at) };
    }

    private static LearningOutcome? Outcome(InputReader r, JsonElement e, string at)
    {
        if (!r.Object(e, at, "title", "escoSkills"))
        {
            return null;
        }

        return new LearningOutcome(
            r.Text(e, "title", at),
            r.Array(e, "escoSkills", at, (x, p) => r.ConceptValue(x, p, ElmVocabulary.EscoSkillScheme)));
    }

    private static QualityAssurance? QualityAssurance(InputReader r, JsonElement e, string at)
    {
        if (!r.Object(e, at, "type", "title", "agency"))
        {
            return null;
        }

        return new QualityAssurance
        {
            Type = r.Code(e, "type", at, Vocabularies.AccreditationTypes),
            Title = r.Text(e, "title", at),
            Agency = InputReader.TryMember(e, "agency", out var agency) ? Organisation(r, agency, JsonPointer.Append(at, "agency")) : null,
        };
    }

    private static Concept? IdVerification(InputReader r, JsonElement e, string at)
    {
        if (!InputReader.TryMember(e, "idVerification", out var value))
        {
            return null;
        }

        var p = JsonPointer.Append(at, "idVerification");
        return value.ValueKind == JsonValueKind.String && Vocabularies.SupervisionVerification.Find(value.GetString()!) is { } known
            ? known
            : r.ConceptValue(value, p, ElmVocabulary.SupervisionVerificationScheme);
    }

    private static string? Uri(InputReader r, JsonElement e, string at)
    {
        if (e.ValueKind != JsonValueKind.String || !InputReader.IsAbsoluteUri(e.GetString()!))
        {
            r.Report(at, ProblemCodes.InvalidFormat, "Expected an absolute URI string.");
            return null;
        }

        return e.GetString();
    }
}
