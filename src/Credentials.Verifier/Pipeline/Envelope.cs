namespace Credentials.Verifier.Pipeline;

/// <summary>How the input secured its credential.</summary>
internal enum Envelope
{
    /// <summary>Not recognised.</summary>
    None,

    /// <summary>VC Data Model 1.1 JWT encoding (<c>vc</c> claim).</summary>
    VcJwt11,

    /// <summary>VC-JOSE-COSE: the JWS payload is the credential.</summary>
    VcJose,

    /// <summary>JSON with an embedded Data Integrity <c>proof</c>.</summary>
    DataIntegrity,

    /// <summary>A JAdES seal in JWS JSON serialization (Europass).</summary>
    Jades,

    /// <summary>A bare, unsigned JSON credential.</summary>
    Unsigned,
}
