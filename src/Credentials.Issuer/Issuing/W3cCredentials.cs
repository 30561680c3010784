using System.Globalization;
using System.Text.Json.Nodes;
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
        var context = FirstContext(credential);
        if (context is not (DataModel11Context or DataModel2Context))
        {
            problems.Add(new ModelProblem("/@context", W3cProblemCodes.Context, $"the first @context must be {DataModel2Context} or {DataModel11Context}"));
        }

        if (!Strings(credential["type"]).Contains("VerifiableCredential"))
        {
            problems.Add(new ModelProblem("/type", W3cProblemCodes.Type, "type must include VerifiableCredential"));
        }

        if (credential["credentialSubject"] is not (JsonObject or JsonArray { Count: > 0 }))
        {
            problems.Add(new ModelProblem("/credentialSubject", W3cProblemCodes.Subject, "credentialSubject must be an object or a non-empty array of objects"));
        }
        else if (credential["credentialSubject"] is JsonArray subjects && subjects.Any(s => s is not JsonObject))
        {
            problems.Add(new ModelProblem("/credentialSubject", W3cProblemCodes.Subject, "every credentialSubject must be an object"));
        }

        if (credential.ContainsKey("proof"))
        {
            problems.Add(new ModelProblem("/proof", W3cProblemCodes.Proof, "send the credential unsigned; the service adds the proof"));
        }

        var issuer = credential["issuer"] switch
        {
            null => issuerDid,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonObject o when o["id"] is JsonValue v && v.TryGetValue<string>(out var s) => s,
            _ => null,
        };
        if (issuer != issuerDid)
        {
            problems.Add(new ModelProblem("/issuer", W3cProblemCodes.Issuer, $"this service issues only as {issuerDid}; leave issuer out or set it to that DID"));
        }

        if (credential["id"] is { } id && !(id is JsonValue v2 && v2.TryGetValue<string>(out var idText) && Uri.TryCreate(idText, UriKind.Absolute, out _)))
        {
            problems.Add(new ModelProblem("/id", W3cProblemCodes.Id, "id must be an absolute URI"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var document = (JsonObject)credential.DeepClone();
        document["issuer"] ??= issuerDid;
        document["id"] ??= credentialId;
        if (context == DataModel11Context && document["issuanceDate"] is null)
        {
            document["issuanceDate"] = issuedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        return (document, problems);
    }

    private static string? FirstContext(JsonObject document) => document["@context"] switch
    {
        JsonArray { Count: > 0 } a when a[0] is JsonValue v && v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => null,
    };

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        JsonArray a => a.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>(),
        _ => [],
    };
}
