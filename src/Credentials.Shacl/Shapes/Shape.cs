using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Constraints;
using Credentials.Shacl.Paths;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Shapes;

/// <summary>A compiled node or property shape (SHACL §2.1).</summary>
internal sealed class Shape(RdfTerm node)
{
    public RdfTerm Node { get; } = node;

    /// <summary>The sh:path of a property shape; null for node shapes.</summary>
    public ShaclPath? Path { get; set; }

    public bool Deactivated { get; set; }

    public ShaclSeverity Severity { get; set; } = ShaclSeverity.Violation;

    /// <summary>The sh:message to report instead of the generated one (English or untagged preferred).</summary>
    public string? Message { get; set; }

    public List<Target> Targets { get; } = [];

    public List<IConstraint> Constraints { get; } = [];

    /// <summary>The property shapes of sh:property, as the closed constraint needs them.</summary>
    public List<RdfTerm> PropertyShapes { get; } = [];
}
