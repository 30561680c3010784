using Credentials.JsonLd.Rdf;

namespace Credentials.Shacl.Graph;

/// <summary>The SHACL, RDF, RDFS and OWL terms the engine reads (SHACL §1.4 namespace <c>sh:</c>).</summary>
internal static class ShaclTerms
{
    public const string ShNamespace = "http://www.w3.org/ns/shacl#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Owl = "http://www.w3.org/2002/07/owl#";

    public static readonly RdfTerm Type = RdfTerm.Iri(RdfVocabulary.Type);
    public static readonly RdfTerm First = RdfTerm.Iri(RdfVocabulary.First);
    public static readonly RdfTerm Rest = RdfTerm.Iri(RdfVocabulary.Rest);
    public static readonly RdfTerm SubClassOf = RdfTerm.Iri(Rdfs + "subClassOf");
    public static readonly RdfTerm RdfsClass = RdfTerm.Iri(Rdfs + "Class");
    public static readonly RdfTerm OwlClass = RdfTerm.Iri(Owl + "Class");
    public static readonly RdfTerm OwlImports = RdfTerm.Iri(Owl + "imports");

    public static readonly RdfTerm NodeShape = Sh("NodeShape");
    public static readonly RdfTerm PropertyShape = Sh("PropertyShape");
    public static readonly RdfTerm TargetClass = Sh("targetClass");
    public static readonly RdfTerm TargetNode = Sh("targetNode");
    public static readonly RdfTerm TargetSubjectsOf = Sh("targetSubjectsOf");
    public static readonly RdfTerm TargetObjectsOf = Sh("targetObjectsOf");
    public static readonly RdfTerm Path = Sh("path");
    public static readonly RdfTerm InversePath = Sh("inversePath");
    public static readonly RdfTerm AlternativePath = Sh("alternativePath");
    public static readonly RdfTerm ZeroOrMorePath = Sh("zeroOrMorePath");
    public static readonly RdfTerm OneOrMorePath = Sh("oneOrMorePath");
    public static readonly RdfTerm ZeroOrOnePath = Sh("zeroOrOnePath");
    public static readonly RdfTerm Deactivated = Sh("deactivated");
    public static readonly RdfTerm Severity = Sh("severity");
    public static readonly RdfTerm Message = Sh("message");
    public static readonly RdfTerm Property = Sh("property");
    public static readonly RdfTerm Node = Sh("node");
    public static readonly RdfTerm Not = Sh("not");
    public static readonly RdfTerm And = Sh("and");
    public static readonly RdfTerm Or = Sh("or");
    public static readonly RdfTerm Xone = Sh("xone");
    public static readonly RdfTerm QualifiedValueShape = Sh("qualifiedValueShape");
    public static readonly RdfTerm Violation = Sh("Violation");

    public static RdfTerm Sh(string localName) => RdfTerm.Iri(ShNamespace + localName);
}
