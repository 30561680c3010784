using System.Globalization;
using System.Text.Json;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Elm;

/// <summary>Reads the course-level part of an ELM credential into a <see cref="MicroCredentialTemplate"/>.</summary>
internal static class ElmTemplateReader
{
    public static MicroCredentialTemplate Read(
        JsonElement credential, JsonElement achievement, JsonElement spec, JsonElement assessment, JsonElement process,
        JsonElement? issuerNode, string primary)
    {
        var issuerId = issuerNode is { } i ? ElmRead.Id(i) : ElmRead.String(credential, "issuer");
        var bodies = ElmRead.Many(process, "awardingBody").Where(b => b.ValueKind == JsonValueKind.Object).ToList();

        // A single awarding body that is the issuer is the default (Annex I: awarding body defaults to the issuer).
        var awarding = bodies.Count == 1 && issuerId is not null && ElmRead.Id(bodies[0]) == issuerId
            ? []
            : bodies.Select(Organisation).ToList();
        var ects = ElmRead.Many(spec, "creditPoint")
            .Where(c => ElmRead.Concept(c, "framework")?.Id == ElmVocabulary.EctsFramework)
            .Select(c => ElmCredentialReader.Decimal(ElmRead.String(c, "point")))
            .FirstOrDefault(p => p is not null);
        var eqfId = ElmRead.Concept(spec, "eqfLevel")?.Id;
        var accreditation = ElmRead.Object(spec, "accreditation")
            ?? bodies.Select(b => ElmRead.Object(b, "accreditation")).FirstOrDefault(a => a is not null);
        var issued = ElmRead.String(credential, "issued") ?? ElmRead.String(credential, "issuanceDate");
        var validFrom = ElmRead.String(credential, "validFrom");
        var assessmentSpec = ElmRead.Object(assessment, "specifiedBy") ?? default;

        return new MicroCredentialTemplate
        {
            PrimaryLanguage = primary,
            Issuer = issuerNode is { } node ? Organisation(node) : null,
            AwardingBodies = awarding,
            LearningOutcomes = [.. ElmRead.Many(spec, "learningOutcome").Select(o => new LearningOutcome(
                ElmRead.Text(o, "title"), ElmRead.Concepts(o, "relatedESCOSkill")))],
            LearningOutcomeSummary = ElmRead.Note(spec, "learningOutcomeSummary"),
            EctsCredits = ects,
            NotionalHours = ElmCredentialReader.Hours(ElmRead.String(spec, "volumeOfLearning")),
            EqfLevel = eqfId is not null && eqfId.StartsWith(ElmVocabulary.EqfLevelPrefix, StringComparison.Ordinal)
                && int.TryParse(eqfId.AsSpan(ElmVocabulary.EqfLevelPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var level)
                ? level
                : null,
            NqfLevel = ElmRead.Concept(spec, "nqfLevel"),
            QfEheaCycle = ElmRead.Concept(spec, "educationLevel"),
            AssessmentType = ElmRead.Concept(assessmentSpec, "dcType"),
            AssessmentTitle = ElmRead.Text(assessment, "title") ?? ElmRead.Text(assessmentSpec, "title"),
            IdVerification = ElmRead.Concept(assessment, "idVerification"),
            Modes = ElmRead.Concepts(spec, "mode"),
            LearningSetting = ElmRead.Concept(spec, "learningSetting"),
            QualityAssurance = accreditation is { } a
                ? new QualityAssurance
                {
                    Type = ElmRead.Concept(a, "dcType"),
                    Title = ElmRead.Text(a, "title"),
                    Agency = ElmRead.Object(a, "accreditingAgent") is { } agent ? Organisation(agent) : null,
                }
                : null,
            Prerequisites = ElmRead.Note(spec, "entryRequirement"),
            Stackability = Stackability(spec),
            FurtherInformation = ElmRead.Note(achievement, "additionalNote"),
            Homepage = ElmRead.Object(spec, "homepage") is { } page ? ElmRead.String(page, "contentURL") : null,
            ValidFrom = validFrom is not null && validFrom != issued ? ElmCredentialReader.DateTime(validFrom) : null,
            ValidUntil = ElmCredentialReader.DateTime(ElmRead.String(credential, "expirationDate") ?? ElmRead.String(credential, "validUntil")),
        };
    }

    public static Organisation Organisation(JsonElement node)
    {
        var location = ElmRead.Object(node, "location") ?? default;
        var address = ElmRead.Object(location, "address") ?? default;
        var registration = ElmRead.Object(node, "registration");
        return new Organisation
        {
            LegalName = ElmRead.Text(node, "legalName"),
            Registration = registration is { } r
                ? new LegalIdentifier(ElmRead.String(r, "notation"), ElmRead.String(r, "schemeName"))
                : null,
            VatIdentifier = ElmRead.Object(node, "vatIdentifier") is { } vat ? ElmRead.String(vat, "notation") : null,
            EidasIdentifier = ElmRead.Object(node, "eIDASIdentifier") is { } eidas && !SameNode(eidas, registration) ? ElmRead.String(eidas, "notation") : null,
            CountryCode = ElmRead.CountryCode(ElmRead.Concept(address, "countryCode")),
            Region = ElmRead.Concept(location, "spatialCode"),
            Address = ElmRead.Note(address, "fullAddress"),
            Homepage = ElmRead.Object(node, "homepage") is { } page ? ElmRead.String(page, "contentURL") : null,
        };
    }

    private static Stackability? Stackability(JsonElement spec)
    {
        var partial = ElmRead.One(spec, "isPartialQualification");
        var partOf = ElmRead.Many(spec, "isPartOf").Select(ElmRead.Id).OfType<string>().ToList();
        var isPartial = partial is { ValueKind: JsonValueKind.True };
        if (partial is null && partOf.Count == 0)
        {
            return null;
        }

        var title = ElmRead.Many(spec, "isPartOf").Select(q => ElmRead.Text(q, "title")).FirstOrDefault(t => t is not null);
        return new Stackability(isPartial, partOf, ElmRead.Note(spec, "additionalNote"), title);
    }

    /// <summary>True when both are the same node: the builder writes the registration as the eIDAS identifier when there is no other.</summary>
    private static bool SameNode(JsonElement node, JsonElement? other) =>
        other is { } o && ElmRead.Id(node) is { } id && id == ElmRead.Id(o);
}
