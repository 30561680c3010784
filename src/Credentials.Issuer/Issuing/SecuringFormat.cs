namespace Credentials.Issuer.Issuing;

/// <summary>How an issued credential is secured.</summary>
public enum SecuringFormat
{
    /// <summary>VC-JWT per VC Data Model 1.1 §6.3.1 (the ELM credential in the <c>vc</c> claim).</summary>
    Jwt,
}
