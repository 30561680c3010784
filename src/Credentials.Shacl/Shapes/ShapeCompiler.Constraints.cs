using System.Globalization;
using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Constraints;
using Credentials.Shacl.Graph;

namespace Credentials.Shacl.Shapes;

/// <summary>Reads the parameters of each SHACL Core constraint component (SHACL §4) into constraint objects.</summary>
internal sealed partial class ShapeCompiler
{
    private static readonly (string Parameter, string Component)[] Ranges =
    [
        ("minExclusive", "MinExclusiveConstraintComponent"), ("minInclusive", "MinInclusiveConstraintComponent"),
        ("maxExclusive", "MaxExclusiveConstraintComponent"), ("maxInclusive", "MaxInclusiveConstraintComponent"),
    ];

    private static readonly (string Parameter, string Component)[] Pairs =
    [
        ("equals", "EqualsConstraintComponent"), ("disjoint", "DisjointConstraintComponent"),
        ("lessThan", "LessThanConstraintComponent"), ("lessThanOrEquals", "LessThanOrEqualsConstraintComponent"),
    ];

    private static readonly (RdfTerm Parameter, string Component)[] Logical =
    [
        (ShaclTerms.And, "AndConstraintComponent"), (ShaclTerms.Or, "OrConstraintComponent"), (ShaclTerms.Xone, "XoneConstraintComponent"),
    ];

    private void AddConstraints(Shape shape)
    {
        var node = shape.Node;
        var c = shape.Constraints;
        var isProperty = shape.Path is not null;

        foreach (var value in Values(node, "class"))
        {
            c.Add(new ClassConstraint(value));
        }

        Each(node, "datatype", v => c.Add(new DatatypeConstraint(v)));
        Each(node, "nodeKind", v => c.Add(new NodeKindConstraint(v)));
        if (isProperty)
        {
            Each(node, "minCount", v => c.Add(new CountConstraint(Integer(v, "minCount"), isMinimum: true)));
            Each(node, "maxCount", v => c.Add(new CountConstraint(Integer(v, "maxCount"), isMinimum: false)));
            if (Values(node, "uniqueLang").Any(v => v.Value is "true" or "1"))
            {
                c.Add(new UniqueLangConstraint());
            }

            foreach (var (parameter, component) in Pairs)
            {
                Each(node, parameter, v => c.Add(new PropertyPairConstraint(v, component)));
            }

            AddQualified(shape);
        }
        else
        {
            // On node shapes, equals/disjoint compare the focus node itself (SHACL §4.5.1–2).
            foreach (var (parameter, component) in Pairs.Take(2))
            {
                Each(node, parameter, v => c.Add(new PropertyPairConstraint(v, component)));
            }
        }

        foreach (var (parameter, component) in Ranges)
        {
            Each(node, parameter, v => c.Add(new ValueRangeConstraint(v, component)));
        }

        Each(node, "minLength", v => c.Add(new LengthConstraint(Integer(v, "minLength"), isMinimum: true)));
        Each(node, "maxLength", v => c.Add(new LengthConstraint(Integer(v, "maxLength"), isMinimum: false)));
        var flags = graph.Object(node, ShaclTerms.Sh("flags"))?.Value;
        Each(node, "pattern", v => c.Add(new PatternConstraint(v.Value, flags)));
        Each(node, "languageIn", v => c.Add(new LanguageInConstraint(graph.List(v).Select(r => r.Value).ToList())));
        Each(node, "hasValue", v => c.Add(new HasValueConstraint(v)));
        Each(node, "in", v => c.Add(new InConstraint(graph.List(v))));
        Each(node, "not", v => c.Add(new NotConstraint(v)));
        foreach (var (parameter, component) in Logical)
        {
            foreach (var list in graph.Objects(node, parameter))
            {
                c.Add(new LogicalConstraint(graph.List(list), component));
            }
        }

        Each(node, "node", v => c.Add(new NodeConstraint(v)));
        foreach (var property in graph.Objects(node, ShaclTerms.Property))
        {
            shape.PropertyShapes.Add(property);
            c.Add(new PropertyConstraint(property));
        }

        if (Values(node, "closed").Any(v => v.Value is "true" or "1"))
        {
            c.Add(new ClosedConstraint(ClosedAllowed(node)));
        }
    }

    private void AddQualified(Shape shape)
    {
        var node = shape.Node;
        if (graph.Object(node, ShaclTerms.QualifiedValueShape) is not { } qualified)
        {
            return;
        }

        var min = graph.Object(node, ShaclTerms.Sh("qualifiedMinCount")) is { } lo ? Integer(lo, "qualifiedMinCount") : (int?)null;
        var max = graph.Object(node, ShaclTerms.Sh("qualifiedMaxCount")) is { } hi ? Integer(hi, "qualifiedMaxCount") : (int?)null;
        var siblings = new List<RdfTerm>();
        if (Values(node, "qualifiedValueShapesDisjoint").Any(v => v.Value is "true" or "1"))
        {
            // SHACL §4.7.7: siblings are the qualified value shapes of the other property shapes of every parent shape.
            foreach (var parent in graph.Subjects(ShaclTerms.Property, node))
            {
                foreach (var other in graph.Objects(parent, ShaclTerms.Property).Where(p => !p.Equals(node)))
                {
                    siblings.AddRange(graph.Objects(other, ShaclTerms.QualifiedValueShape));
                }
            }
        }

        shape.Constraints.Add(new QualifiedValueShapeConstraint(qualified, min, max, siblings));
    }

    private HashSet<RdfTerm> ClosedAllowed(RdfTerm node)
    {
        var allowed = new HashSet<RdfTerm>();
        foreach (var property in graph.Objects(node, ShaclTerms.Property))
        {
            if (graph.Object(property, ShaclTerms.Path) is { IsIri: true } predicate)
            {
                allowed.Add(predicate);
            }
        }

        foreach (var list in graph.Objects(node, ShaclTerms.Sh("ignoredProperties")))
        {
            allowed.UnionWith(graph.List(list));
        }

        return allowed;
    }

    private IReadOnlyList<RdfTerm> Values(RdfTerm node, string parameter) => graph.Objects(node, ShaclTerms.Sh(parameter));

    private void Each(RdfTerm node, string parameter, Action<RdfTerm> add)
    {
        foreach (var value in Values(node, parameter))
        {
            add(value);
        }
    }

    private static int Integer(RdfTerm value, string parameter) =>
        value.IsLiteral && int.TryParse(value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ShaclException("sh:" + parameter + " must be a non-negative integer, not " + value);
}
