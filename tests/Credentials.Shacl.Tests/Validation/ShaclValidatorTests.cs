using Credentials.Shacl.Validation;
using static Credentials.Shacl.Tests.Validation.ShaclTestGraphs;

namespace Credentials.Shacl.Tests.Validation;

public sealed class ShaclValidatorTests
{
    private const string NeedsName = "sh:property [ sh:path ex:name ; sh:minCount 1 ] .";

    [Theory]
    [InlineData("ex:S sh:targetNode ex:a ; " + NeedsName, "ex:a ex:p 1 . ex:b ex:p 1 .", "http://ex.org/a")]
    [InlineData("ex:S sh:targetSubjectsOf ex:p ; " + NeedsName, "ex:a ex:p 1 . ex:b ex:q 1 .", "http://ex.org/a")]
    [InlineData("ex:S sh:targetObjectsOf ex:p ; " + NeedsName, "ex:a ex:p ex:c . ex:b ex:q ex:d .", "http://ex.org/c")]
    [InlineData("ex:S sh:targetClass ex:Person ; " + NeedsName, "ex:a a ex:Student . ex:Student rdfs:subClassOf ex:Person . ex:b a ex:Dog .", "http://ex.org/a")]
    [InlineData("ex:S sh:targetClass ex:Person ; " + NeedsName + " ex:Student rdfs:subClassOf ex:Person .", "ex:a a ex:Student . ex:b a ex:Dog .", "http://ex.org/a")]
    [InlineData("ex:Person a rdfs:Class, sh:NodeShape ; " + NeedsName, "ex:a a ex:Person . ex:b a ex:Dog .", "http://ex.org/a")]
    public void Validate_Targets_SelectExactlyTheFocusNodes(string shapes, string data, string focus)
    {
        var report = Validate(shapes, data);

        report.Results.Should().ContainSingle().Which.FocusNode.Value.Should().Be(focus);
    }

    [Theory]
    [InlineData("( ex:address ex:city )", "ex:a ex:address [ ex:city \"Oulu\" ] .", "ex:a ex:address [ ex:street \"x\" ] .")]
    [InlineData("[ sh:alternativePath ( ex:name ex:label ) ]", "ex:a ex:label \"A\" .", "ex:a ex:other \"A\" .")]
    [InlineData("[ sh:inversePath ex:owns ]", "ex:b ex:owns ex:a .", "ex:a ex:owns ex:b .")]
    [InlineData("( ex:parent [ sh:oneOrMorePath ex:parent ] )", "ex:a ex:parent ex:b . ex:b ex:parent ex:c .", "ex:a ex:parent ex:b .")]
    [InlineData("[ sh:inversePath ( ex:p ex:q ) ]", "ex:z ex:p ex:y . ex:y ex:q ex:a .", "ex:z ex:p ex:a .")]
    public void Validate_Paths_FindValueNodes(string path, string conforming, string violating)
    {
        var shapes = "ex:S sh:targetNode ex:a ; sh:property [ sh:path " + path + " ; sh:minCount 1 ] .";

        Validate(shapes, conforming).Conforms.Should().BeTrue();
        Validate(shapes, violating).Results.Should().ContainSingle().Which.ComponentName.Should().Be("MinCountConstraintComponent");
    }

    [Fact]
    public void Validate_ZeroOrMoreAndZeroOrOne_IncludeTheFocusAndEndOnCycles()
    {
        var shapes = """
            ex:S sh:targetNode ex:a ;
              sh:property [ sh:path [ sh:zeroOrMorePath ex:next ] ; sh:minCount 4 ; sh:maxCount 4 ] ;
              sh:property [ sh:path [ sh:zeroOrOnePath ex:next ] ; sh:minCount 2 ; sh:maxCount 2 ] .
            """;

        var report = Validate(shapes, "ex:a ex:next ex:b . ex:b ex:next ex:c . ex:c ex:next ex:d . ex:d ex:next ex:a .");

        report.Results.Select(r => r.Message).Should().BeEmpty();
    }

    [Fact]
    public void Validate_ResultPath_IsWrittenInPropertyPathSyntax()
    {
        var report = Validate("ex:S sh:targetNode ex:a ; sh:property [ sh:path ( ex:p [ sh:inversePath ex:q ] [ sh:zeroOrMorePath ex:r ] ) ; sh:minCount 1 ] .", "ex:a ex:x 1 .");

        report.Results.Single().Path.Should().Be("(<http://ex.org/p> / ^<http://ex.org/q> / <http://ex.org/r>*)");
    }

    [Fact]
    public void Validate_Deactivated_ProducesNothing()
    {
        var report = Validate("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:deactivated true ] . ex:T sh:targetNode ex:a ; sh:deactivated true ; " + NeedsName, "ex:a ex:p 1 .");

        report.Conforms.Should().BeTrue();
    }

    [Fact]
    public void Validate_SeverityAndMessage_ComeFromTheShape()
    {
        var report = Validate("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:severity sh:Warning ; sh:message \"Nimi puuttuu\"@fi, \"Name is missing\"@en ] .", "ex:a ex:p 1 .");

        var result = report.Results.Single();
        result.Severity.Should().Be(ShaclSeverity.Warning);
        result.Message.Should().Be("Name is missing");
        result.SourceConstraintComponent.Should().Be("http://www.w3.org/ns/shacl#MinCountConstraintComponent");
        result.SourceShape.IsBlankNode.Should().BeTrue();
        result.FocusNode.Value.Should().Be("http://ex.org/a");
        report.Conforms.Should().BeFalse();
    }

    [Fact]
    public void Validate_ResultValue_IsTheFailingValueNode()
    {
        var report = Validate("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:age ; sh:datatype xsd:integer ] .", "ex:a ex:age 1, \"two\" .");

        report.Results.Single().Value!.Value.Should().Be("two");
    }

    [Fact]
    public void Validate_RecursiveNodeShapes_EndWithoutHanging()
    {
        var shapes = """
            ex:S a sh:NodeShape ; sh:targetClass ex:Person ;
              sh:property [ sh:path ex:knows ; sh:node ex:S ] ;
              sh:property [ sh:path ex:name ; sh:minCount 1 ] .
            """;

        var good = Validate(shapes, "ex:a a ex:Person ; ex:name \"A\" ; ex:knows ex:b . ex:b ex:name \"B\" ; ex:knows ex:a .");
        var bad = Validate(shapes, "ex:a a ex:Person ; ex:name \"A\" ; ex:knows ex:b . ex:b ex:knows ex:a .");

        good.Conforms.Should().BeTrue();
        bad.Results.Should().ContainSingle(r => r.ComponentName == "NodeConstraintComponent").Which.Value!.Value.Should().Be("http://ex.org/b");
    }

    [Fact]
    public void Validate_LongChainThroughNodeShapes_StopsAtTheDepthLimit()
    {
        var shapes = "ex:S a sh:NodeShape ; sh:targetNode ex:n0 ; sh:property [ sh:path ex:next ; sh:node ex:S ] .";
        var data = string.Concat(Enumerable.Range(0, 1000).Select(i => FormattableString.Invariant($"ex:n{i} ex:next ex:n{i + 1} .\n")));

        var report = Validate(shapes, data);

        report.Conforms.Should().BeFalse();
        report.Results.Single().Message.Should().Contain("deeper than 128");
    }

    [Fact]
    public void Validate_ManyViolations_AreCappedAndMarkedTruncated()
    {
        var data = string.Concat(Enumerable.Range(0, ShaclValidator.MaxResults + 5).Select(i => FormattableString.Invariant($"ex:n{i} a ex:Person .\n")));

        var report = Validate("ex:S sh:targetClass ex:Person ; " + NeedsName, data);

        report.Results.Should().HaveCount(ShaclValidator.MaxResults);
        report.Truncated.Should().BeTrue();
    }

    [Theory]
    [InlineData("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount -1 ] .")]
    [InlineData("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:pattern \"([\" ] .")]
    [InlineData("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:pattern \"a\" ; sh:flags \"q\" ] .")]
    [InlineData("ex:S sh:targetNode ex:a ; sh:property [ sh:path \"lit\" ] .")]
    [InlineData("ex:S sh:targetNode ex:a ; sh:property [ sh:path [ ex:unknown ex:p ] ] .")]
    [InlineData("ex:S sh:targetNode ex:a ; sh:property [ sh:path _:loop ] . _:loop sh:inversePath _:loop .")]
    public void Parse_MalformedShape_ThrowsShaclException(string shapes)
    {
        var act = () => Validate(shapes, "ex:a ex:p 1 .");

        act.Should().Throw<ShaclException>();
    }
}
