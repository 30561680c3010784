using static Credentials.Shacl.Tests.Validation.ShaclTestGraphs;

namespace Credentials.Shacl.Tests.Validation;

public sealed class ConstraintComponentTests
{
    private const string Person = "ex:S a sh:NodeShape ; sh:targetClass ex:Person ; ";

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "MinCountConstraintComponent", Person + "sh:property [ sh:path ex:name ; sh:minCount 1 ] .", "ex:a a ex:Person ; ex:name \"A\" .", "ex:a a ex:Person ." },
        { "MaxCountConstraintComponent", Person + "sh:property [ sh:path ex:name ; sh:maxCount 1 ] .", "ex:a a ex:Person ; ex:name \"A\" .", "ex:a a ex:Person ; ex:name \"A\", \"B\" ." },
        { "ClassConstraintComponent", Person + "sh:property [ sh:path ex:knows ; sh:class ex:Person ] .", "ex:a a ex:Person ; ex:knows ex:b . ex:b a ex:Student . ex:Student rdfs:subClassOf ex:Person .", "ex:a a ex:Person ; ex:knows ex:c . ex:c a ex:Dog ." },
        { "DatatypeConstraintComponent", Person + "sh:property [ sh:path ex:age ; sh:datatype xsd:integer ] .", "ex:a a ex:Person ; ex:age 42 .", "ex:a a ex:Person ; ex:age \"42\" ." },
        { "DatatypeConstraintComponent", Person + "sh:property [ sh:path ex:born ; sh:datatype xsd:dateTime ] .", "ex:a a ex:Person ; ex:born \"2000-01-02T03:04:05Z\"^^xsd:dateTime .", "ex:a a ex:Person ; ex:born \"2000-13-02T03:04:05Z\"^^xsd:dateTime ." },
        { "NodeKindConstraintComponent", Person + "sh:property [ sh:path ex:knows ; sh:nodeKind sh:IRI ] .", "ex:a a ex:Person ; ex:knows ex:b .", "ex:a a ex:Person ; ex:knows [ ex:p 1 ] ." },
        { "HasValueConstraintComponent", Person + "sh:property [ sh:path ex:role ; sh:hasValue ex:Admin ] .", "ex:a a ex:Person ; ex:role ex:Admin, ex:User .", "ex:a a ex:Person ; ex:role ex:User ." },
        { "InConstraintComponent", Person + "sh:property [ sh:path ex:color ; sh:in ( ex:Red \"green\" ) ] .", "ex:a a ex:Person ; ex:color ex:Red, \"green\" .", "ex:a a ex:Person ; ex:color ex:Blue ." },
        { "NodeConstraintComponent", Person + "sh:property [ sh:path ex:address ; sh:node ex:AddressShape ] . ex:AddressShape sh:property [ sh:path ex:city ; sh:minCount 1 ] .", "ex:a a ex:Person ; ex:address [ ex:city \"Oulu\" ] .", "ex:a a ex:Person ; ex:address [ ex:street \"x\" ] ." },
        { "MinCountConstraintComponent", Person + "sh:property ex:NameShape . ex:NameShape sh:path ex:name ; sh:minCount 2 .", "ex:a a ex:Person ; ex:name \"A\", \"B\" .", "ex:a a ex:Person ; ex:name \"A\" ." },
        { "AndConstraintComponent", Person + "sh:and ( [ sh:property [ sh:path ex:a ; sh:minCount 1 ] ] [ sh:property [ sh:path ex:b ; sh:minCount 1 ] ] ) .", "ex:x a ex:Person ; ex:a 1 ; ex:b 2 .", "ex:x a ex:Person ; ex:a 1 ." },
        { "OrConstraintComponent", Person + "sh:or ( [ sh:property [ sh:path ex:a ; sh:minCount 1 ] ] [ sh:property [ sh:path ex:b ; sh:minCount 1 ] ] ) .", "ex:x a ex:Person ; ex:b 2 .", "ex:x a ex:Person ; ex:c 1 ." },
        { "XoneConstraintComponent", Person + "sh:xone ( [ sh:property [ sh:path ex:a ; sh:minCount 1 ] ] [ sh:property [ sh:path ex:b ; sh:minCount 1 ] ] ) .", "ex:x a ex:Person ; ex:b 2 .", "ex:x a ex:Person ; ex:a 1 ; ex:b 2 ." },
        { "NotConstraintComponent", Person + "sh:not [ sh:property [ sh:path ex:banned ; sh:minCount 1 ] ] .", "ex:x a ex:Person .", "ex:x a ex:Person ; ex:banned true ." },
        { "PatternConstraintComponent", Person + "sh:property [ sh:path ex:code ; sh:pattern \"^ab[0-9]+$\" ; sh:flags \"i\" ] .", "ex:x a ex:Person ; ex:code \"AB12\" .", "ex:x a ex:Person ; ex:code \"xab12\" ." },
        { "MinLengthConstraintComponent", Person + "sh:property [ sh:path ex:code ; sh:minLength 3 ] .", "ex:x a ex:Person ; ex:code \"abc\" .", "ex:x a ex:Person ; ex:code \"ab\" ." },
        { "MaxLengthConstraintComponent", Person + "sh:property [ sh:path ex:code ; sh:maxLength 3 ] .", "ex:x a ex:Person ; ex:code \"abc\" .", "ex:x a ex:Person ; ex:code \"abcd\" ." },
        { "MinInclusiveConstraintComponent", Person + "sh:property [ sh:path ex:age ; sh:minInclusive 18 ] .", "ex:x a ex:Person ; ex:age 18 .", "ex:x a ex:Person ; ex:age 17.5 ." },
        { "MinExclusiveConstraintComponent", Person + "sh:property [ sh:path ex:age ; sh:minExclusive 18 ] .", "ex:x a ex:Person ; ex:age 19 .", "ex:x a ex:Person ; ex:age 18 ." },
        { "MaxInclusiveConstraintComponent", Person + "sh:property [ sh:path ex:score ; sh:maxInclusive 100 ] .", "ex:x a ex:Person ; ex:score 100.0 .", "ex:x a ex:Person ; ex:score 1.01e2 ." },
        { "MaxExclusiveConstraintComponent", Person + "sh:property [ sh:path ex:when ; sh:maxExclusive \"2030-01-01T00:00:00Z\"^^xsd:dateTime ] .", "ex:x a ex:Person ; ex:when \"2029-12-31T23:59:59Z\"^^xsd:dateTime .", "ex:x a ex:Person ; ex:when \"2030-01-01T00:00:00Z\"^^xsd:dateTime ." },
        { "MaxExclusiveConstraintComponent", Person + "sh:property [ sh:path ex:age ; sh:maxExclusive 10 ] .", "ex:x a ex:Person ; ex:age 9 .", "ex:x a ex:Person ; ex:age \"nine\" ." },
        { "LanguageInConstraintComponent", Person + "sh:property [ sh:path ex:label ; sh:languageIn ( \"en\" \"fi\" ) ] .", "ex:x a ex:Person ; ex:label \"a\"@en-GB, \"b\"@fi .", "ex:x a ex:Person ; ex:label \"c\"@sv ." },
        { "UniqueLangConstraintComponent", Person + "sh:property [ sh:path ex:label ; sh:uniqueLang true ] .", "ex:x a ex:Person ; ex:label \"a\"@en, \"b\"@fi, \"c\" .", "ex:x a ex:Person ; ex:label \"a\"@en, \"b\"@EN ." },
        { "EqualsConstraintComponent", Person + "sh:property [ sh:path ex:a ; sh:equals ex:b ] .", "ex:x a ex:Person ; ex:a 1 ; ex:b 1 .", "ex:x a ex:Person ; ex:a 1 ; ex:b 2 ." },
        { "DisjointConstraintComponent", Person + "sh:property [ sh:path ex:a ; sh:disjoint ex:b ] .", "ex:x a ex:Person ; ex:a 1 ; ex:b 2 .", "ex:x a ex:Person ; ex:a 1 ; ex:b 1 ." },
        { "LessThanConstraintComponent", Person + "sh:property [ sh:path ex:start ; sh:lessThan ex:end ] .", "ex:x a ex:Person ; ex:start 1 ; ex:end 2 .", "ex:x a ex:Person ; ex:start 2 ; ex:end 2 ." },
        { "LessThanOrEqualsConstraintComponent", Person + "sh:property [ sh:path ex:start ; sh:lessThanOrEquals ex:end ] .", "ex:x a ex:Person ; ex:start 2 ; ex:end 2 .", "ex:x a ex:Person ; ex:start 3 ; ex:end 2 ." },
        { "ClosedConstraintComponent", Person + "sh:closed true ; sh:ignoredProperties ( <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ) ; sh:property [ sh:path ex:name ] .", "ex:x a ex:Person ; ex:name \"A\" .", "ex:x a ex:Person ; ex:name \"A\" ; ex:extra 1 ." },
        { "QualifiedMinCountConstraintComponent", Person + "sh:property [ sh:path ex:parent ; sh:qualifiedValueShape [ sh:class ex:Woman ] ; sh:qualifiedMinCount 1 ] .", "ex:x a ex:Person ; ex:parent ex:m, ex:f . ex:m a ex:Woman .", "ex:x a ex:Person ; ex:parent ex:f . ex:f a ex:Man ." },
        { "QualifiedMaxCountConstraintComponent", Person + "sh:property [ sh:path ex:parent ; sh:qualifiedValueShape [ sh:class ex:Woman ] ; sh:qualifiedMaxCount 1 ] .", "ex:x a ex:Person ; ex:parent ex:m, ex:f . ex:m a ex:Woman .", "ex:x a ex:Person ; ex:parent ex:m, ex:f . ex:m a ex:Woman . ex:f a ex:Woman ." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_ConformingGraph_Conforms(string component, string shapes, string conforming, string violating)
    {
        _ = component;
        _ = violating;

        var report = Validate(shapes, conforming);

        report.Results.Select(r => r.Message).Should().BeEmpty();
        report.Conforms.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_ViolatingGraph_ReportsTheComponent(string component, string shapes, string conforming, string violating)
    {
        _ = conforming;

        var report = Validate(shapes, violating);

        report.Conforms.Should().BeFalse();
        report.Results.Should().OnlyContain(r => r.ComponentName == component);
        report.Results.Should().OnlyContain(r => r.Severity == Credentials.Shacl.Validation.ShaclSeverity.Violation);
    }
}
