using Credentials.Model.Schema;

namespace Credentials.Model.Tests.Schema;

public sealed class SchemaPathTests
{
    [Theory]
    [InlineData("#/a.b[1]", "/a/b/1")]
    [InlineData("#/credentialSubject.hasClaim.specifiedBy.creditPoint[0].point", "/credentialSubject/hasClaim/specifiedBy/creditPoint/0/point")]
    [InlineData("#/@context[2]", "/@context/2")]
    [InlineData("#/[3].x", "/3/x")]
    [InlineData("#/a[0][1]", "/a/0/1")]
    [InlineData("#", "")]
    [InlineData("#/", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("#/a~b.c/d", "/a~0b/c~1d")]
    [InlineData("#/a[unclosed", "/a/[unclosed")]
    public void ToJsonPointer_NJsonSchemaPath_GivesRfc6901Pointer(string? path, string expected)
    {
        SchemaPath.ToJsonPointer(path).Should().Be(expected);
    }
}
