namespace Credentials.Verifier.Presentations;

/// <summary>The checks of a presentation itself, in the order they are reported.</summary>
public static class PresentationCheckNames
{
    /// <summary>Size limit, JSON or token, duplicate members, the presentation's type and context.</summary>
    public const string Format = "format";

    /// <summary>The holder's signature: Data Integrity proof (purpose <c>authentication</c>) or JWS.</summary>
    public const string Proof = "proof";

    /// <summary>The signing key is controlled by the presentation's holder.</summary>
    public const string Holder = "holder";

    /// <summary>The signature answers the challenge the verifier issued.</summary>
    public const string Challenge = "challenge";

    /// <summary>The signature names the domain the verifier expects.</summary>
    public const string Domain = "domain";

    /// <summary>The token's <c>nbf</c> and <c>exp</c> (VP-JWT only).</summary>
    public const string Validity = "validity";

    /// <summary>Every embedded credential verified.</summary>
    public const string Credentials = "credentials";

    /// <summary>The credentials were issued to the holder: their subject id is the holder's DID.</summary>
    public const string Subject = "subject";
}
