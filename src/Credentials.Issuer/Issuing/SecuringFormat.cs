namespace Credentials.Issuer.Issuing;

/// <summary>How an issued credential is secured.</summary>
public enum SecuringFormat
{
    /// <summary>VC-JWT per VC Data Model 1.1 §6.3.1 (the ELM credential in the <c>vc</c> claim).</summary>
    Jwt,

    /// <summary>An embedded W3C Data Integrity proof, cryptosuite <c>eddsa-rdfc-2022</c> (JSON-LD + RDFC-1.0).</summary>
    DataIntegrityRdfc,

    /// <summary>An embedded W3C Data Integrity proof, cryptosuite <c>eddsa-jcs-2022</c> (RFC 8785).</summary>
    DataIntegrityJcs,

    /// <summary>A JAdES baseline-B seal with an X.509 certificate, as Europass Digital Credentials are sealed.</summary>
    Jades,
}
