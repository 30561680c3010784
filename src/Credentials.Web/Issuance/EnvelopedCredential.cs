using System.Text.Json.Nodes;
using Credentials.Proofs.Presentations;

namespace Credentials.Web.Issuance;

/// <summary>VC Data Model 2.0 §4.13.1 / VC-JOSE-COSE §3.1.1: a VC-JOSE token as an <c>EnvelopedVerifiableCredential</c>.</summary>
internal static class EnvelopedCredential
{
    public static JsonObject Of(string token) => new()
    {
        ["@context"] = PresentationContexts.V2,
        ["id"] = PresentationContexts.EnvelopedJwtPrefix + token,
        ["type"] = PresentationContexts.EnvelopedCredentialType,
    };
}
