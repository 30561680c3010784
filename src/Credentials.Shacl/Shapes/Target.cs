using Credentials.JsonLd.Rdf;

namespace Credentials.Shacl.Shapes;

/// <summary>A target declaration (SHACL §2.1.3).</summary>
/// <param name="Kind">Which kind of target.</param>
/// <param name="Term">The node, class or predicate it names.</param>
internal sealed record Target(TargetKind Kind, RdfTerm Term);
