using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Presentations;

/// <summary>The verification of one credential inside a presentation.</summary>
/// <param name="Pointer">Where it sits in the presentation, e.g. <c>/verifiableCredential/0</c> or <c>/vp/verifiableCredential/1</c>.</param>
/// <param name="Form">How it was embedded: <c>object</c>, <c>jwt</c> (a compact token string) or <c>enveloped</c>
/// (a VC Data Model 2.0 <c>EnvelopedVerifiableCredential</c>).</param>
/// <param name="Report">The credential's own report, exactly as <see cref="CredentialVerifier"/> gives it.</param>
public sealed record EmbeddedCredentialReport(string Pointer, string Form, VerificationReport Report);
