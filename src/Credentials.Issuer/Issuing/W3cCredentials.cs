using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Issuer.DataModel;
using Credentials.Model.Input;

namespace Credentials.Issuer.Issuing;

/// <summary>
/// Prepares a plain W3C credential (VCDM 1.1 or 2.0, not our micro-credential input form) for signing: checks the
/// members every verifier relies on, and sets the issuer and id. Everything else is the caller's data, kept as given.
/// </summary>
public static class W3cCredentials
{
    /// <summary>The VCDM 1.1 base context.</summary>
    public const string DataModel11Context = "https://www.w3.org/2018/credentials/v1";

    /// <summary>The VCDM 2.0 base context.</summary>
    public const string DataModel2Context = "https://www.w3.org/ns/credentials/v2";

    /// <summary>Whether the document's first context is the VCDM 2.0 one.</summary>
    public static bool IsDataModel2(JsonObject document) => FirstContext(document) == DataModel2Context;

    /// <summary>
    /// A copy of <paramref name="credential"/> ready to sign, or the problems (JSON Pointers into it) that stop it.
    /// </summary>
    /// <param name="credential">The unsigned credential as the caller sent it.</param>
    /// <param name="issuerDid">Our issuer DID; a different issuer in the input is refused, never overwritten.</param>
    /// <param name="credentialId">The id to give it when it has none.</param>
    /// <param name="issuedAt">The issuance time (VCDM 1.1 <c>issuanceDate</c> when missing).</param>
    public static (JsonObject? Document, IReadOnlyList<ModelProblem> Problems) Prepare(JsonObject credential, string issuerDid, string credentialId, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var problems = new List<ModelProblem>();
        if (credential.ContainsKey("proof"))
        {
            problems.Add(new ModelProblem("/proof", W3cProblemCodes.Proof, "send the credential unsigned; the service adds the proof"));
        }

        // Absent issuer and id are ours to fill in; present ones (null included) are the caller's and are validated.
        var candidate = (JsonObject)credential.DeepClone();
        if (!candidate.ContainsKey("issuer"))
        {
            candidate["issuer"] = issuerDid;
        }

        if (!candidate.ContainsKey("id"))
        {
            candidate["id"] = credentialId;
        }

        problems.AddRange(CredentialDataModel.Validate(candidate));
        var issuer = candidate["issuer"] switch
        {
            JsonObject o => DataModelValues.AsString(o["id"]),
            var v => DataModelValues.AsString(v),
        };
        if (issuer is not null && DataModelValues.IsUrl(JsonValue.Create(issuer)) && issuer != issuerDid)
        {
            problems.Add(new ModelProblem(candidate["issuer"] is JsonObject ? "/issuer/id" : "/issuer", W3cProblemCodes.Issuer, $"this service issues only as {issuerDid}; leave issuer out or set it to that DID"));
        }

        if (problems.Count == 0 && JsonLdTerms.Check(candidate) is { } jsonLd)
        {
            problems.Add(jsonLd);
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var document = candidate;
        if (FirstContext(document) == DataModel11Context && document["issuanceDate"] is null)
        {
            document["issuanceDate"] = issuedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        return (document, problems);
    }

    /// <summary>
    /// The registry's learner reference for a W3C credential: the subject's <c>id</c> when there is exactly one subject
    /// and it has one; empty otherwise (VCDM 2.0 needs neither a subject id nor a single subject).
    /// </summary>
    public static string LearnerReference(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var subject = document["credentialSubject"] switch
        {
            JsonArray { Count: 1 } one => one[0],
            JsonArray => null,
            var single => single,
        };
        return (subject as JsonObject)?["id"] is { } id ? DataModelValues.AsString(id) ?? string.Empty : string.Empty;
    }

    private static string? FirstContext(JsonObject document) => document["@context"] switch
    {
        JsonArray { Count: > 0 } a when a[0] is JsonValue v && v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => null,
    };
}
