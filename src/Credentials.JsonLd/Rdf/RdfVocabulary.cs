namespace Credentials.JsonLd.Rdf;

/// <summary>IRIs from the RDF and XSD vocabularies that the algorithms produce.</summary>
public static class RdfVocabulary
{
    /// <summary>The RDF namespace.</summary>
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>The XSD namespace.</summary>
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    /// <summary><c>rdf:type</c>.</summary>
    public const string Type = Rdf + "type";

    /// <summary><c>rdf:first</c>.</summary>
    public const string First = Rdf + "first";

    /// <summary><c>rdf:rest</c>.</summary>
    public const string Rest = Rdf + "rest";

    /// <summary><c>rdf:nil</c>.</summary>
    public const string Nil = Rdf + "nil";

    /// <summary><c>rdf:langString</c>.</summary>
    public const string LangString = Rdf + "langString";

    /// <summary><c>rdf:JSON</c>.</summary>
    public const string Json = Rdf + "JSON";

    /// <summary><c>rdf:value</c>.</summary>
    public const string Value = Rdf + "value";

    /// <summary><c>rdf:direction</c>.</summary>
    public const string Direction = Rdf + "direction";

    /// <summary><c>rdf:language</c>.</summary>
    public const string Language = Rdf + "language";

    /// <summary><c>xsd:string</c>.</summary>
    public const string XsdString = Xsd + "string";

    /// <summary><c>xsd:boolean</c>.</summary>
    public const string XsdBoolean = Xsd + "boolean";

    /// <summary><c>xsd:integer</c>.</summary>
    public const string XsdInteger = Xsd + "integer";

    /// <summary><c>xsd:double</c>.</summary>
    public const string XsdDouble = Xsd + "double";
}
