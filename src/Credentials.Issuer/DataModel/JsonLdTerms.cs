using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Issuer.Issuing;
using Credentials.JsonLd.Loading;
using Credentials.JsonLd.Processing;
using Credentials.Model.Input;

namespace Credentials.Issuer.DataModel;

/// <summary>
/// VC Data Model 2.0 §4.3 and §5.2: every term must map to a URL through the contexts, and no context may redefine a
/// protected term. Checked by JSON-LD safe-mode conversion over the bundled contexts for every securing format, not
/// only for eddsa-rdfc-2022 (where the same conversion happens again while signing).
/// </summary>
internal static class JsonLdTerms
{
    private static readonly JsonLdOptions SafeMode = new() { DocumentLoader = BundledContexts.Loader, SafeMode = true };

    public static ModelProblem? Check(JsonObject credential)
    {
        try
        {
            using var document = JsonDocument.Parse(credential.ToJsonString());
            JsonLdProcessor.ToRdf(document.RootElement, SafeMode);
            return null;
        }
        catch (JsonLdException e)
        {
            return new ModelProblem(string.Empty, W3cProblemCodes.JsonLd, "the credential is not JSON-LD its contexts define: " + e.Message);
        }
    }
}
