namespace Credentials.Proofs.Presentations;

/// <summary>The VC Data Model version of a presentation.</summary>
public enum PresentationVersion
{
    /// <summary>VC Data Model 1.1: base context <see cref="PresentationContexts.V1"/>; VC-JWT strings embed as they are.</summary>
    DataModel11,

    /// <summary>VC Data Model 2.0: base context <see cref="PresentationContexts.V2"/>; compact tokens embed as
    /// <c>EnvelopedVerifiableCredential</c>.</summary>
    DataModel20,
}
