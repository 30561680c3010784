using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Elm;

/// <summary>
/// Writes <c>specifiedBy</c> as a <c>Qualification</c>, the specification type that carries <c>eqfLevel</c> in ELM 3.2,
/// with workload, level, outcomes, form of participation, quality assurance, prerequisites and stackability.
/// </summary>
internal static class ElmQualificationWriter
{
    public static JsonObject Write(MicroCredentialTemplate template, NodeIds ids)
    {
        var spec = new JsonObject { ["id"] = ids.Next("qualification"), ["type"] = "Qualification" };
        if (template.Title is not null)
        {
            spec["title"] = template.Title.ToJson();
        }

        if (template.LearningOutcomeSummary is not null)
        {
            spec["learningOutcomeSummary"] = ElmJson.Note(ids.Next("note"), template.LearningOutcomeSummary);
        }

        if (template.LearningOutcomes.Count > 0)
        {
            // Always an array: the sample lists outcomes as an array even where a reader could take one.
            spec["learningOutcome"] = new JsonArray([.. template.LearningOutcomes.Select(o => (JsonNode)Outcome(o, ids))]);
        }

        if (template.EctsCredits is { } ects)
        {
            spec["creditPoint"] = new JsonObject
            {
                ["id"] = ids.Next("creditPoint"),
                ["type"] = "CreditPoint",
                ["framework"] = ElmJson.Concept(Vocabularies.CreditFrameworks.Find("ects")!),
                ["point"] = ElmJson.Number(ects),
            };
        }

        if (template.NotionalHours is { } hours)
        {
            // ISO 8601 duration in hours, as the sample writes volumeOfLearning ("PT60H").
            spec["volumeOfLearning"] = "PT" + ElmJson.Number(hours) + "H";
        }

        if (template.EqfLevel is { } eqf && Vocabularies.EqfLevels.Find(eqf.ToString(CultureInfo.InvariantCulture)) is { } level)
        {
            spec["eqfLevel"] = ElmJson.Concept(level);
        }

        if (template.NqfLevel is not null)
        {
            spec["nqfLevel"] = ElmJson.Concept(template.NqfLevel);
        }

        if (template.QfEheaCycle is not null)
        {
            spec["educationLevel"] = ElmJson.Concept(template.QfEheaCycle);
        }

        if (template.Modes.Count > 0)
        {
            spec["mode"] = ElmJson.OneOrMany([.. template.Modes.Select(m => (JsonNode)ElmJson.Concept(m))]);
        }

        if (template.LearningSetting is not null)
        {
            spec["learningSetting"] = ElmJson.Concept(template.LearningSetting);
        }

        if (template.QualityAssurance is { } qa)
        {
            spec["accreditation"] = Accreditation(qa, ids);
        }

        if (template.Prerequisites is not null)
        {
            spec["entryRequirement"] = ElmJson.Note(ids.Next("note"), template.Prerequisites);
        }

        if (template.Stackability is { } stack)
        {
            spec["isPartialQualification"] = stack.IsPartialQualification;
            if (stack.PartOf.Count > 0)
            {
                spec["isPartOf"] = new JsonArray([.. stack.PartOf.Select(uri => (JsonNode)PartOf(uri, stack.PartOfTitle))]);
            }

            if (stack.Note is not null)
            {
                spec["additionalNote"] = ElmJson.Note(ids.Next("note"), stack.Note);
            }
        }

        if (template.Homepage is not null)
        {
            spec["homepage"] = ElmOrganisationWriter.WebResource(ids, template.Homepage);
        }

        return spec;
    }

    private static JsonObject Outcome(LearningOutcome outcome, NodeIds ids)
    {
        var node = new JsonObject { ["id"] = ids.Next("learningOutcome"), ["type"] = "LearningOutcome" };
        if (outcome.Title is not null)
        {
            node["title"] = outcome.Title.ToJson();
        }

        if (outcome.EscoSkills.Count > 0)
        {
            node["relatedESCOSkill"] = ElmJson.OneOrMany([.. outcome.EscoSkills.Select(s => (JsonNode)ElmJson.Concept(s))]);
        }

        return node;
    }

    private static JsonObject Accreditation(QualityAssurance qa, NodeIds ids)
    {
        var node = new JsonObject { ["id"] = ids.Next("accreditation"), ["type"] = "Accreditation" };
        if (qa.Type is not null)
        {
            node["dcType"] = ElmJson.Concept(qa.Type);
        }

        if ((qa.Title ?? qa.Type?.PrefLabel) is { IsEmpty: false } title)
        {
            node["title"] = title.ToJson();
        }

        if (qa.Agency is not null)
        {
            node["accreditingAgent"] = ElmOrganisationWriter.Write(qa.Agency, ids.Next("org"), ids);
        }

        return node;
    }

    private static JsonObject PartOf(string uri, LanguageMap? title)
    {
        var node = new JsonObject { ["id"] = uri, ["type"] = "Qualification" };
        if (title is not null)
        {
            node["title"] = title.ToJson();
        }

        return node;
    }
}
