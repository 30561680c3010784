namespace Credentials.Issuer.Issuing;

/// <summary>The codes of problems with a W3C credential sent to be issued; each declared once, never changing meaning.</summary>
public static class W3cProblemCodes
{
    /// <summary><c>w3c.context</c>.</summary>
    public const string Context = "w3c.context";

    /// <summary><c>w3c.type</c>.</summary>
    public const string Type = "w3c.type";

    /// <summary><c>w3c.subject</c>.</summary>
    public const string Subject = "w3c.subject";

    /// <summary><c>w3c.proof</c>.</summary>
    public const string Proof = "w3c.proof";

    /// <summary><c>w3c.issuer</c>.</summary>
    public const string Issuer = "w3c.issuer";

    /// <summary><c>w3c.id</c>.</summary>
    public const string Id = "w3c.id";

    /// <summary><c>w3c.status</c>.</summary>
    public const string Status = "w3c.status";

    /// <summary><c>w3c.jsonld</c>.</summary>
    public const string JsonLd = "w3c.jsonld";

    /// <summary><c>w3c.date</c>: a date that is not an XML Schema dateTimeStamp.</summary>
    public const string Date = "w3c.date";

    /// <summary><c>w3c.validity-period</c>: validUntil earlier than validFrom.</summary>
    public const string ValidityPeriod = "w3c.validity-period";

    /// <summary><c>w3c.typed-object</c>: credentialStatus, termsOfUse, evidence, refreshService or credentialSchema without a type.</summary>
    public const string TypedObject = "w3c.typed-object";

    /// <summary><c>w3c.related-resource</c>: a relatedResource without an id URL, with a repeated id, or without a digest.</summary>
    public const string RelatedResource = "w3c.related-resource";

    /// <summary><c>w3c.language-value</c>: a name or description that is neither a string nor a language value object.</summary>
    public const string LanguageValue = "w3c.language-value";
}
