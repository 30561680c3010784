using System.Text.Json.Nodes;
using Credentials.Issuer.Issuing;
using Credentials.Model.Input;
using Credentials.Proofs.Formats;

namespace Credentials.Issuer.DataModel;

/// <summary>
/// The one validator of a W3C credential sent to be issued: every data-model rule of VC Data Model 2.0 (and the
/// VCDM 1.1 ones that still apply) is checked here, before signing and whatever the securing format, so that VC-JWT,
/// eddsa-rdfc-2022 and eddsa-jcs-2022 refuse the same inputs. Each problem carries a JSON Pointer into the credential.
/// </summary>
public static class CredentialDataModel
{
    /// <summary>The objects VCDM 2.0 §4.5 says MUST have a <c>type</c>.</summary>
    private static readonly string[] TypedMembers = ["credentialStatus", "termsOfUse", "evidence", "refreshService", "credentialSchema"];

    /// <summary>The typed objects whose <c>id</c> VCDM 2.0 requires (§4.11 credentialSchema).</summary>
    private static readonly string[] IdRequired = ["credentialSchema"];

    private static readonly string[] LanguageMembers = ["name", "description"];

    /// <summary>Every data-model problem in <paramref name="credential"/>; empty when it may be signed.</summary>
    /// <param name="credential">The credential as it will be signed (issuer and id already filled in).</param>
    public static IReadOnlyList<ModelProblem> Validate(JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var problems = new List<ModelProblem>();
        Context(credential["@context"], problems);
        if (!DataModelValues.IsTypeValue(credential["type"]) || !Types(credential["type"]).Contains("VerifiableCredential"))
        {
            problems.Add(new ModelProblem("/type", W3cProblemCodes.Type, "type must be a term or URL, or a list of them, including VerifiableCredential"));
        }

        if (credential.ContainsKey("id") && !DataModelValues.IsUrl(credential["id"]))
        {
            problems.Add(new ModelProblem("/id", W3cProblemCodes.Id, "id must be a single URL when present (VC Data Model 2.0 §4.4)"));
        }

        Issuer(credential, problems);
        Subjects(credential["credentialSubject"], problems);
        Validity(credential, problems);
        foreach (var member in TypedMembers)
        {
            if (credential.ContainsKey(member))
            {
                TypedObjects(member, credential[member], problems);
            }
        }

        if (credential.ContainsKey("credentialStatus"))
        {
            StatusListEntries.Check(credential["credentialStatus"], problems);
        }

        if (credential.ContainsKey("relatedResource"))
        {
            RelatedResources.Check(credential["relatedResource"], problems);
        }

        LanguageValues(credential, string.Empty, problems);
        return problems;
    }

    /// <summary>
    /// <see cref="Validate"/>, then (when that finds nothing) the JSON-LD check that every term is defined by the
    /// bundled contexts: everything a credential must pass before any securing format signs it.
    /// </summary>
    public static IReadOnlyList<ModelProblem> ValidateForSigning(JsonObject credential)
    {
        var problems = Validate(credential);
        return problems.Count == 0 && JsonLdTerms.Check(credential) is { } terms ? [terms] : problems;
    }

    private static void Context(JsonNode? context, List<ModelProblem> problems)
    {
        var items = context is JsonArray array ? array.ToList() : [context];
        var first = items.Count > 0 ? DataModelValues.AsString(items[0]) : null;
        if (first is not (W3cCredentials.DataModel2Context or W3cCredentials.DataModel11Context))
        {
            problems.Add(new ModelProblem("/@context", W3cProblemCodes.Context, $"the first @context must be {W3cCredentials.DataModel2Context} or {W3cCredentials.DataModel11Context}"));
            return;
        }

        // VCDM 2.0 §4.3: subsequent items are URLs or objects (embedded contexts).
        for (var i = 1; i < items.Count; i++)
        {
            if (items[i] is not JsonObject && !DataModelValues.IsUrl(items[i]))
            {
                problems.Add(new ModelProblem($"/@context/{i}", W3cProblemCodes.Context, "each further @context must be a URL or an object"));
            }
        }
    }

    private static void Issuer(JsonObject credential, List<ModelProblem> problems)
    {
        switch (credential["issuer"])
        {
            case JsonObject issuer:
                if (!DataModelValues.IsUrl(issuer["id"]))
                {
                    problems.Add(new ModelProblem("/issuer/id", W3cProblemCodes.Issuer, "an issuer object needs an id that is a URL (VC Data Model 2.0 §4.7)"));
                }

                LanguageValues(issuer, "/issuer", problems);
                break;
            case var issuer when !DataModelValues.IsUrl(issuer):
                problems.Add(new ModelProblem("/issuer", W3cProblemCodes.Issuer, "issuer must be a URL or an object with an id URL (VC Data Model 2.0 §4.7)"));
                break;
        }
    }

    private static void Subjects(JsonNode? subjects, List<ModelProblem> problems)
    {
        if (subjects is null or JsonArray { Count: 0 })
        {
            problems.Add(new ModelProblem("/credentialSubject", W3cProblemCodes.Subject, "a credential must have a credentialSubject (VC Data Model 2.0 §4.8)"));
            return;
        }

        foreach (var (item, pointer) in DataModelValues.Items(subjects, "/credentialSubject"))
        {
            if (item is not JsonObject { Count: > 0 } subject)
            {
                problems.Add(new ModelProblem(pointer, W3cProblemCodes.Subject, "each credentialSubject must be an object with at least one claim"));
            }
            else if (subject.ContainsKey("id") && !DataModelValues.IsUrl(subject["id"]))
            {
                problems.Add(new ModelProblem(pointer + "/id", W3cProblemCodes.Id, "a credentialSubject id must be a single URL"));
            }
        }
    }

    private static void Validity(JsonObject credential, List<ModelProblem> problems)
    {
        DateTimeOffset? from = Date(credential, "validFrom", problems), until = Date(credential, "validUntil", problems);
        Date(credential, "issuanceDate", problems);
        Date(credential, "expirationDate", problems);
        if (from > until)
        {
            problems.Add(new ModelProblem("/validUntil", W3cProblemCodes.ValidityPeriod, "validUntil must not be earlier than validFrom (VC Data Model 2.0 §4.9)"));
        }
    }

    private static DateTimeOffset? Date(JsonObject credential, string name, List<ModelProblem> problems)
    {
        if (!credential.ContainsKey(name))
        {
            return null;
        }

        if (DateTimeStamp.TryParse(DataModelValues.AsString(credential[name]), out var value))
        {
            return value;
        }

        problems.Add(new ModelProblem("/" + name, W3cProblemCodes.Date, $"{name} must be an XML Schema dateTimeStamp, such as 2026-01-31T12:00:00Z (VC Data Model 2.0 §4.9)"));
        return null;
    }

    private static void TypedObjects(string member, JsonNode? value, List<ModelProblem> problems)
    {
        foreach (var (item, pointer) in DataModelValues.Items(value, "/" + member))
        {
            if (item is not JsonObject typed)
            {
                problems.Add(new ModelProblem(pointer, W3cProblemCodes.TypedObject, $"each {member} must be an object with a type"));
                continue;
            }

            if (!DataModelValues.IsTypeValue(typed["type"]))
            {
                problems.Add(new ModelProblem(pointer + "/type", W3cProblemCodes.TypedObject, $"{member} objects must have a type, a term or URL (VC Data Model 2.0 §4.5)"));
            }

            if (typed.ContainsKey("id") ? !DataModelValues.IsUrl(typed["id"]) : IdRequired.Contains(member))
            {
                problems.Add(new ModelProblem(pointer + "/id", W3cProblemCodes.Id, $"the id of a {member} must be a single URL"));
            }
        }
    }

    private static void LanguageValues(JsonObject owner, string pointer, List<ModelProblem> problems)
    {
        foreach (var name in LanguageMembers)
        {
            if (owner.ContainsKey(name) && !DataModelValues.IsLanguageValue(owner[name]))
            {
                problems.Add(new ModelProblem($"{pointer}/{name}", W3cProblemCodes.LanguageValue, $"{name} must be a string or a language value object (@value, @language, @direction only; VC Data Model 2.0 §11.1)"));
            }
        }
    }

    private static IEnumerable<string> Types(JsonNode? node) =>
        DataModelValues.Items(node, string.Empty).Select(i => DataModelValues.AsString(i.Item)).OfType<string>();
}
