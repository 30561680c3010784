using System.Text.Json.Nodes;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Elm;

/// <summary>Writes the claim: a <c>LearningAchievement</c> with its awarding process, assessment and <c>Qualification</c>.</summary>
internal static class ElmAchievementWriter
{
    public static JsonObject Write(MicroCredential credential, JsonObject issuer, NodeIds ids)
    {
        var template = credential.Template;
        var achievement = new JsonObject
        {
            ["id"] = ids.Next("learningAchievement"),
            ["type"] = "LearningAchievement",
        };
        if (template.Title is not null)
        {
            achievement["title"] = template.Title.ToJson();
        }

        var process = new JsonObject { ["id"] = ids.Next("awardingProcess"), ["type"] = "AwardingProcess" };

        // Annex I: the awarding body defaults to the issuer; it is then the same node (same ids) as the issuer.
        var bodies = template.AwardingBodies.Count == 0
            ? [issuer.DeepClone()]
            : template.AwardingBodies.Select(b => (JsonNode)ElmOrganisationWriter.Write(b, ids.Next("org"), ids)).ToList();
        process["awardingBody"] = ElmJson.OneOrMany(bodies);
        if (credential.Award.AwardDate is { } awarded)
        {
            process["awardingDate"] = ElmJson.DateTime(awarded);
        }

        achievement["awardedBy"] = process;
        var assessment = Assessment(credential, ids);

        // The Europass shapes require every assessment to name its awarding process; it is the achievement's one,
        // referenced by its id (JSON-LD node reference, one node in the graph).
        assessment["awardedBy"] = new JsonObject { ["id"] = process["id"]!.DeepClone() };
        achievement["provenBy"] = assessment;
        achievement["specifiedBy"] = ElmQualificationWriter.Write(template, ids);
        if (template.FurtherInformation is not null)
        {
            achievement["additionalNote"] = ElmJson.Note(ids.Next("note"), template.FurtherInformation);
        }

        return achievement;
    }

    private static JsonObject Assessment(MicroCredential credential, NodeIds ids)
    {
        var template = credential.Template;
        var title = template.AssessmentTitle ?? template.AssessmentType?.PrefLabel ?? template.Title ?? LanguageMap.Empty;
        var assessment = new JsonObject
        {
            ["id"] = ids.Next("learningAssessment"),
            ["type"] = "LearningAssessment",
        };
        if (!title.IsEmpty)
        {
            assessment["title"] = title.ToJson();
        }

        if (credential.Award.Grade is not null)
        {
            assessment["grade"] = ElmJson.Note(ids.Next("note"), credential.Award.Grade);
        }

        if (template.IdVerification is not null)
        {
            assessment["idVerification"] = ElmJson.Concept(template.IdVerification);
        }

        var specification = new JsonObject
        {
            ["id"] = ids.Next("learningAssessmentSpec"),
            ["type"] = "LearningAssessmentSpecification",
        };
        if (!title.IsEmpty)
        {
            specification["title"] = title.ToJson();
        }

        if (template.AssessmentType is not null)
        {
            specification["dcType"] = ElmJson.Concept(template.AssessmentType);
        }

        assessment["specifiedBy"] = specification;
        return assessment;
    }
}
