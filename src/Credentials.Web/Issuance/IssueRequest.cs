using System.Text.Json.Nodes;
using Credentials.Issuer.Issuing;

namespace Credentials.Web.Issuance;

/// <summary>A read <c>POST /credentials/issue</c> body.</summary>
/// <param name="Credential">Our micro-credential input form, or a plain W3C credential.</param>
/// <param name="Format">How to secure it (<c>options.format</c>; VC-JWT by default).</param>
/// <param name="WithStatus">
/// <c>options.credentialStatus</c>: true (<c>{"type": "BitstringStatusListEntry"}</c>) or false; null when not given,
/// which means revocation and suspension entries unless the W3C credential brings its own <c>credentialStatus</c>.
/// </param>
/// <param name="CredentialId">A caller-chosen id (<c>options.credentialId</c>); a fresh <c>urn:uuid</c> otherwise.</param>
/// <param name="Envelope">
/// <c>options.envelope</c>: answer an <c>EnvelopedVerifiableCredential</c> (VCDM 2.0 §4.13.1) instead of the bare token;
/// null when not given, which means yes for a VCDM 2.0 credential asked for as <c>vc-jose</c>, no otherwise.
/// </param>
/// <param name="JoseFormatName">Whether the format was named <c>vc-jose</c> (VC-JOSE-COSE), which envelopes by default.</param>
internal sealed record IssueRequest(JsonObject Credential, SecuringFormat Format, bool? WithStatus, string? CredentialId, bool? Envelope = null, bool JoseFormatName = false)
{
    /// <summary>Whether the credential is our input form (template, learner, award) rather than a W3C document.</summary>
    public bool IsInputForm => !Credential.ContainsKey("@context") && Credential.ContainsKey("template");
}
