using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Input;

/// <summary>Writes a model in the JSON input form, using short codes where the vocabulary has one.</summary>
internal static class InputWriter
{
    public static JsonObject Template(MicroCredentialTemplate t)
    {
        var o = new JsonObject();
        Put(o, "title", t.Title);
        o["primaryLanguage"] = t.PrimaryLanguage;
        if (t.Issuer is not null)
        {
            o["issuer"] = Organisation(t.Issuer);
        }

        if (t.AwardingBodies.Count > 0)
        {
            o["awardingBodies"] = new JsonArray([.. t.AwardingBodies.Select(b => (JsonNode)Organisation(b))]);
        }

        Put(o, "learningOutcomeSummary", t.LearningOutcomeSummary);
        o["learningOutcomes"] = new JsonArray([.. t.LearningOutcomes.Select(Outcome)]);
        Put(o, "ects", t.EctsCredits);
        Put(o, "notionalHours", t.NotionalHours);
        if (t.EqfLevel is { } eqf)
        {
            o["eqfLevel"] = eqf;
        }

        Put(o, "nqfLevel", t.NqfLevel is null ? null : Concept(t.NqfLevel));
        Put(o, "qfEheaCycle", t.QfEheaCycle is null ? null : Concept(t.QfEheaCycle));
        var assessment = new JsonObject();
        Put(assessment, "type", Code(t.AssessmentType, Vocabularies.AssessmentTypes));
        Put(assessment, "title", t.AssessmentTitle);
        Put(assessment, "idVerification", CodeOrConcept(t.IdVerification, Vocabularies.SupervisionVerification));
        o["assessment"] = assessment;
        var participation = new JsonObject { ["modes"] = new JsonArray([.. t.Modes.Select(m => Code(m, Vocabularies.Modes))]) };
        Put(participation, "learningSetting", Code(t.LearningSetting, Vocabularies.LearningSettings));
        o["participation"] = participation;
        if (t.QualityAssurance is { } qa)
        {
            var q = new JsonObject();
            Put(q, "type", Code(qa.Type, Vocabularies.AccreditationTypes));
            Put(q, "title", qa.Title);
            Put(q, "agency", qa.Agency is null ? null : Organisation(qa.Agency));
            o["qualityAssurance"] = q;
        }

        Put(o, "prerequisites", t.Prerequisites);
        if (t.Stackability is { } stack)
        {
            var s = new JsonObject
            {
                ["isPartialQualification"] = stack.IsPartialQualification,
                ["partOf"] = new JsonArray([.. stack.PartOf.Select(p => (JsonNode)JsonValue.Create(p))]),
            };
            Put(s, "partOfTitle", stack.PartOfTitle);
            Put(s, "note", stack.Note);
            o["stackability"] = s;
        }

        Put(o, "furtherInformation", t.FurtherInformation);
        Put(o, "homepage", t.Homepage);
        Put(o, "validFrom", t.ValidFrom?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        Put(o, "validUntil", t.ValidUntil?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        return o;
    }

    public static JsonObject Learner(Learner l)
    {
        var o = new JsonObject();
        Put(o, "givenName", l.GivenName);
        Put(o, "familyName", l.FamilyName);
        Put(o, "dateOfBirth", l.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Put(o, "studentNumber", l.StudentNumber);
        Put(o, "studentNumberScheme", l.StudentNumberScheme);
        Put(o, "nationalId", l.NationalId);
        Put(o, "nationalIdCountry", l.NationalIdCountry);
        Put(o, "email", l.Email);
        Put(o, "did", l.Did);
        return o;
    }

    public static JsonObject Award(Award a)
    {
        var o = new JsonObject();
        Put(o, "grade", a.Grade);
        Put(o, "awardDate", a.AwardDate?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        return o;
    }

    private static JsonObject Organisation(Organisation org)
    {
        var o = new JsonObject();
        Put(o, "legalName", org.LegalName);
        if (org.Registration is { } r)
        {
            var reg = new JsonObject();
            Put(reg, "notation", r.Notation);
            Put(reg, "scheme", r.Scheme);
            o["registration"] = reg;
        }

        Put(o, "vatIdentifier", org.VatIdentifier);
        Put(o, "eidasIdentifier", org.EidasIdentifier);
        Put(o, "country", org.CountryCode);
        Put(o, "region", org.Region is null ? null : Concept(org.Region));
        Put(o, "address", org.Address);
        Put(o, "homepage", org.Homepage);
        return o;
    }

    private static JsonNode Outcome(LearningOutcome outcome)
    {
        var o = new JsonObject();
        Put(o, "title", outcome.Title);
        if (outcome.EscoSkills.Count > 0)
        {
            o["escoSkills"] = new JsonArray([.. outcome.EscoSkills.Select(s => (JsonNode)Concept(s))]);
        }

        return o;
    }

    private static JsonObject Concept(Concept c)
    {
        var o = new JsonObject { ["id"] = c.Id, ["inScheme"] = c.Scheme };
        if (!c.PrefLabel.IsEmpty)
        {
            o["prefLabel"] = c.PrefLabel.ToJson();
        }

        Put(o, "notation", c.Notation);
        return o;
    }

    /// <summary>The short code when the concept is in the vocabulary, else the concept URI.</summary>
    private static JsonValue? Code(Concept? concept, ConceptVocabulary vocabulary) =>
        concept is null ? null : JsonValue.Create(vocabulary.CodeOf(concept.Id) ?? concept.Id);

    /// <summary>The short code when known, else the whole concept (keeps the label of concepts outside our lists).</summary>
    private static JsonNode? CodeOrConcept(Concept? concept, ConceptVocabulary vocabulary) =>
        concept is null ? null
        : vocabulary.CodeOf(concept.Id) is { } code ? JsonValue.Create(code)
        : Concept(concept);

    private static void Put(JsonObject o, string name, JsonNode? value)
    {
        if (value is not null)
        {
            o[name] = value;
        }
    }

    private static void Put(JsonObject o, string name, LanguageMap? value) => Put(o, name, value?.ToJson());

    private static void Put(JsonObject o, string name, string? value) => Put(o, name, value is null ? null : JsonValue.Create(value));

    private static void Put(JsonObject o, string name, decimal? value) => Put(o, name, value is null ? null : JsonValue.Create(value.Value));
}
