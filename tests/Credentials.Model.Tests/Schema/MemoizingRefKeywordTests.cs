using System.Text;
using Credentials.Model.Schema;

namespace Credentials.Model.Tests.Schema;

public sealed class MemoizingRefKeywordTests
{
    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "items": { "type": "array", "items": { "$ref": "#/$defs/thing" } },
            "strict": { "$ref": "#/$defs/strictThing" }
          },
          "$defs": {
            "thing": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "minLength": 1 } } },
            "strictThing": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "pattern": "^x[0-9]+$" } } }
          }
        }
        """;

    private static SchemaValidator Remembering() =>
        SchemaValidator.Remembering(Schema, ["thing", "strictThing"]);

    [Fact]
    public void Validate_SameBytesRememberedForOneNode_AreStillCheckedAgainstAnother()
    {
        var validator = Remembering();
        validator.Validate("""{"items":[{"id":"y1"}]}""").Should().BeEmpty();

        validator.Validate("""{"items":[{"id":"y1"}],"strict":{"id":"y1"}}""").Should().ContainSingle()
            .Which.Pointer.Should().Be("/strict/id");
    }

    [Fact]
    public void Validate_InvalidSubtree_IsNeverRemembered()
    {
        var validator = Remembering();
        const string bad = """{"items":[{"id":""}]}""";

        validator.Validate(bad).Should().ContainSingle().Which.Pointer.Should().Be("/items/0/id");
        validator.Validate(bad).Should().ContainSingle().Which.Pointer.Should().Be("/items/0/id");
    }

    [Fact]
    public void Validate_RememberedSubtreeWithOneByteChanged_IsCheckedAgain()
    {
        var validator = Remembering();
        validator.Validate("""{"items":[{"id":"a","n":1}]}""").Should().BeEmpty();

        validator.Validate("""{"items":[{"id":1,"n":1}]}""").Should().ContainSingle().Which.Pointer.Should().Be("/items/0/id");
        validator.Validate("""{"items":[{"id":"a","n":1},{"n":1}]}""").Should().ContainSingle().Which.Pointer.Should().Be("/items/1/id");
    }

    [Fact]
    public void Validate_HostileFloodOfDistinctValidSubtrees_MemoryStaysBounded()
    {
        var validator = Remembering();
        var json = new StringBuilder("""{"items":[""");
        for (var i = 0; i < MemoizingRefKeyword.Capacity + 500; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{\"id\":\"x").Append(i).Append("\"}");
        }

        validator.Validate(json.Append("]}").ToString()).Should().BeEmpty();

        validator.RememberedCount.Should().BeInRange(1, MemoizingRefKeyword.Capacity);
    }

    [Fact]
    public void Validate_ElmSample_RemembersSharedPartsOnly()
    {
        var validator = SchemaValidator.ElmMicroCredential;
        validator.Validate(TestData.Built().ToJsonString()).Should().BeEmpty();

        validator.RememberedCount.Should().BeGreaterThan(0);
    }

    [Fact]
    public void FromSchemaText_RemembersNothing()
    {
        var validator = SchemaValidator.FromSchemaText(Schema);
        validator.Validate("""{"items":[{"id":"a"}]}""").Should().BeEmpty();

        validator.RememberedCount.Should().Be(0);
    }
}
