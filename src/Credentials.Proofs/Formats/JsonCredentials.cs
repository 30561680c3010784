using System.Text.Json;
using Credentials.Proofs.Findings;

namespace Credentials.Proofs.Formats;

/// <summary>Reading a credential that is a JSON object (Data Integrity, unsigned, the Europass upload wrapper).</summary>
internal static class JsonCredentials
{
    /// <summary>The credential object: the root, or one level down in the Europass upload wrapper <c>{"credential": {…}}</c>.</summary>
    public static (JsonElement Credential, string Pointer) Locate(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("credential", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object && !root.TryGetProperty("@context", out _)
            ? (wrapped, "/credential")
            : (root, string.Empty);

    public static SecuredCredential Read(ICredentialFormat format, JsonElement credential, string pointer, string description, bool claimsProfile, IDisposable? owned = null)
    {
        if (!CredentialMembers.IsCredential(credential))
        {
            return new SecuredCredential(format, description, owned)
            {
                Problems = [Finding.Failed(CheckCodes.FormatNotACredential, NotACredential(credential))],
            };
        }

        var bounds = new List<ValidityBound>();
        var boundProblems = new List<Finding>();
        CredentialMembers.ReadBounds(credential, pointer, bounds, boundProblems);
        return new SecuredCredential(format, description, owned)
        {
            Document = credential,
            Pointer = pointer,
            IssuerId = CredentialMembers.IssuerId(credential),
            Problems = CredentialMembers.StructureProblems(credential, pointer),
            Bounds = bounds,
            BoundProblems = boundProblems,
            ClaimsMicroCredentialProfile = claimsProfile,
        };
    }

    private static string NotACredential(JsonElement content) =>
        content.ValueKind != JsonValueKind.Object ? "The JSON is not an object."
        : CredentialMembers.HasType(content, Presentations.PresentationContexts.PresentationType) ? "The content is a presentation (VerifiablePresentation), not a credential: verify it as a presentation."
        : "The content has no '@context' or is not of type VerifiableCredential.";
}
