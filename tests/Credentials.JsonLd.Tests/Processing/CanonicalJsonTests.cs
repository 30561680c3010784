namespace Credentials.JsonLd.Tests.Processing;

public sealed class CanonicalJsonTests
{
    // RFC 8785 Appendix B number examples.
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(9007199254740992d, "9007199254740992")]
    [InlineData(-9007199254740992d, "-9007199254740992")]
    [InlineData(295147905179352830000d, "295147905179352830000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(333333333.3333333, "333333333.3333333")]
    [InlineData(1.5, "1.5")]
    [InlineData(100d, "100")]
    public void EcmaScriptNumber_Rfc8785Examples(double value, string expected)
    {
        CanonicalJson.EcmaScriptNumber(value).Should().Be(expected);
    }

    [Fact]
    public void Serialize_Object_SortsKeysByUtf16AndEscapesMinimally()
    {
        var value = new Dictionary<string, object?>
        {
            ["b"] = new List<object?> { true, null, 1d, "é\n\u001f" },
            ["a"] = "<&>",
            ["\u20ac"] = 2d,
            ["\U0001F600"] = 3d,
        };

        CanonicalJson.Serialize(value).Should().Be("{\"a\":\"<&>\",\"b\":[true,null,1,\"é\\n\\u001f\"],\"\u20ac\":2,\"\U0001F600\":3}");
    }

    [Theory]
    [InlineData(1.1, "1.1E0")]
    [InlineData(0.0000123, "1.23E-5")]
    [InlineData(123456789012345680000000d, "1.234567890123457E23")]
    [InlineData(-5d, "-5.0E0")]
    public void CanonicalDouble_UsesTheXsdCanonicalForm(double value, string expected)
    {
        JsonModel.CanonicalDouble(value).Should().Be(expected);
    }
}
