using System.Text.Json.Nodes;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Elm;

/// <summary>
/// Maps a <see cref="MicroCredential"/> to an unsigned ELM v3.2 <c>EuropeanDigitalCredential</c> JSON-LD document
/// shaped like the official Annex I sample. Output is deterministic: the same model and options give the same JSON.
/// Validate the model first (<see cref="Validation.MicroCredentialValidator"/>); missing optional items are left out.
/// <c>credentialStatus</c> and proofs are added by the issuer, not here.
/// </summary>
public static class ElmCredentialBuilder
{
    /// <summary>Builds the credential document.</summary>
    /// <exception cref="ArgumentException">An id in <paramref name="options"/> is empty.</exception>
    public static JsonObject Build(MicroCredential credential, ElmBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.CredentialId);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.IssuerId);

        var ids = new NodeIds();
        var template = credential.Template;
        var issued = ElmJson.DateTime(options.IssuedAt);

        // The issuer is written once; as the default awarding body it is repeated with the same inner ids, so the
        // JSON-LD graph has one organisation node, as in the Annex I sample.
        var issuer = ElmOrganisationWriter.Write(template.Issuer ?? new Organisation(), options.IssuerId, ids);

        // The Europass shapes require the issuer's eIDAS legal identifier; without a separate one, the registration
        // (the national business id, from which eIDAS legal person identifiers are formed) is that identifier.
        if (!issuer.ContainsKey("eIDASIdentifier") && issuer["registration"] is { } registration)
        {
            issuer["eIDASIdentifier"] = registration.DeepClone();
        }

        var root = new JsonObject
        {
            ["@context"] = new JsonArray(ElmVocabulary.CredentialsContextV1, ElmVocabulary.EdcApContext),
            ["id"] = options.CredentialId,
            ["type"] = new JsonArray("VerifiableCredential", "EuropeanDigitalCredential"),
            ["credentialProfiles"] = ElmJson.Concept(Vocabularies.CredentialTypes.Find("generic")!),
            ["credentialSchema"] = new JsonObject
            {
                ["id"] = ElmVocabulary.CredentialSchemaId,
                ["type"] = ElmVocabulary.CredentialSchemaType,
            },
            ["displayParameter"] = DisplayParameter(credential, ids),
            ["credentialSubject"] = Subject(credential, options, issuer, ids),
            ["issuer"] = issuer,
            ["issued"] = issued,
            ["issuanceDate"] = issued,
            ["validFrom"] = template.ValidFrom is { } from ? ElmJson.DateTime(from) : issued,
        };

        if ((options.ExpirationDate ?? template.ValidUntil) is { } until)
        {
            root["expirationDate"] = ElmJson.DateTime(until);
        }

        return root;
    }

    private static JsonObject DisplayParameter(MicroCredential credential, NodeIds ids)
    {
        var template = credential.Template;
        var primary = Vocabularies.Languages.Find(template.PrimaryLanguage) ?? Vocabularies.Languages.Find("en")!;
        var languages = (template.Title?.Keys ?? [])
            .Select(tag => Vocabularies.Languages.Find(tag.Split('-')[0].ToLowerInvariant()))
            .OfType<Concept>()
            .Append(primary)
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => (JsonNode)ElmJson.Concept(c))
            .ToList();
        var display = new JsonObject
        {
            ["id"] = ids.Next("displayParameter"),
            ["type"] = "DisplayParameter",
            ["language"] = ElmJson.OneOrMany(languages),
            ["primaryLanguage"] = ElmJson.Concept(primary),
        };
        if (template.Title is not null)
        {
            display["title"] = template.Title.ToJson();
        }

        display["individualDisplay"] = ElmDisplayWriter.IndividualDisplay(credential, primary, ids);
        return display;
    }

    private static JsonObject Subject(MicroCredential credential, ElmBuildOptions options, JsonObject issuer, NodeIds ids)
    {
        var learner = credential.Learner;
        // Names are not language-specific; they are tagged with the display language (a known tag, else en).
        var lang = Vocabularies.Languages.Find(credential.Template.PrimaryLanguage) is null ? "en" : credential.Template.PrimaryLanguage;

        // No personal data in identifiers: without a learner DID the subject id is derived from the credential id.
        var subject = new JsonObject
        {
            ["id"] = learner.Did ?? DeterministicUuid.FromName("credentials:subject:" + options.CredentialId),
            ["type"] = "Person",
        };
        AddName(subject, "givenName", learner.GivenName, lang);
        AddName(subject, "familyName", learner.FamilyName, lang);
        AddName(subject, "fullName", learner.FullName, lang);
        if (learner.DateOfBirth is { } born)
        {
            subject["dateOfBirth"] = ElmJson.DateTime(new DateTimeOffset(born.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        }

        if (learner.StudentNumber is not null)
        {
            var identifier = new JsonObject
            {
                ["id"] = ids.Next("identifier"),
                ["type"] = "Identifier",
                ["notation"] = learner.StudentNumber,
            };
            if (learner.StudentNumberScheme is not null)
            {
                identifier["schemeName"] = learner.StudentNumberScheme;
            }

            subject["identifier"] = identifier;
        }

        if (learner.NationalId is not null)
        {
            var national = new JsonObject
            {
                ["id"] = ids.Next("legalIdentifier"),
                ["type"] = "LegalIdentifier",
                ["notation"] = learner.NationalId,
            };
            if (learner.NationalIdCountry is not null && Vocabularies.Countries.Find(learner.NationalIdCountry) is { } country)
            {
                national["spatial"] = ElmJson.Concept(country);
            }

            subject["nationalID"] = national;
        }

        if (learner.Email is not null)
        {
            subject["contactPoint"] = new JsonObject
            {
                ["id"] = ids.Next("contactPoint"),
                ["type"] = "ContactPoint",
                ["emailAddress"] = new JsonObject { ["id"] = "mailto:" + learner.Email, ["type"] = "Mailbox" },
            };
        }

        subject["hasClaim"] = ElmAchievementWriter.Write(credential, issuer, ids);
        return subject;
    }

    private static void AddName(JsonObject subject, string name, string? value, string lang)
    {
        if (value is not null)
        {
            subject[name] = LanguageMap.Of(lang, value).ToJson();
        }
    }
}
