using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.JsonLd.Tests.Canonicalization;

public sealed class JcsTests
{
    // RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
    public static TheoryData<string, string> AppendixB => new()
    {
        { "0000000000000000", "0" },
        { "8000000000000000", "0" },
        { "0000000000000001", "5e-324" },
        { "8000000000000001", "-5e-324" },
        { "7fefffffffffffff", "1.7976931348623157e+308" },
        { "ffefffffffffffff", "-1.7976931348623157e+308" },
        { "4340000000000000", "9007199254740992" },
        { "c340000000000000", "-9007199254740992" },
        { "4430000000000000", "295147905179352830000" },
        { "44b52d02c7e14af5", "9.999999999999997e+22" },
        { "44b52d02c7e14af6", "1e+23" },
        { "44b52d02c7e14af7", "1.0000000000000001e+23" },
        { "444b1ae4d6e2ef4e", "999999999999999700000" },
        { "444b1ae4d6e2ef4f", "999999999999999900000" },
        { "444b1ae4d6e2ef50", "1e+21" },
        { "3eb0c6f7a0b5ed8c", "9.999999999999997e-7" },
        { "3eb0c6f7a0b5ed8d", "0.000001" },
        { "41b3de4355555553", "333333333.3333332" },
        { "41b3de4355555554", "333333333.33333325" },
        { "41b3de4355555555", "333333333.3333333" },
        { "41b3de4355555556", "333333333.3333334" },
        { "41b3de4355555557", "333333333.33333343" },
        { "becbf647612f3696", "-0.0000033333333333333333" },
        { "43143ff3c1cb0959", "1424953923781206.2" },
    };

    [Theory]
    [MemberData(nameof(AppendixB))]
    public void Format_Rfc8785AppendixB_MatchesTable(string ieeeHex, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64BigEndian(Convert.FromHexString(ieeeHex)));

        var text = EcmaScriptNumber.Format(value);

        text.Should().Be(expected);
    }

    [Theory]
    [InlineData("7fffffffffffffff")]
    [InlineData("7ff0000000000000")]
    [InlineData("fff0000000000000")]
    public void Format_NaNOrInfinity_Throws(string ieeeHex)
    {
        var value = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64BigEndian(Convert.FromHexString(ieeeHex)));

        var act = () => EcmaScriptNumber.Format(value);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Canonicalize_Rfc8785Section322Example_MatchesExpectedBytes()
    {
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;
        const string expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
            + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";

        var bytes = Canonicalize(input);

        Encoding.UTF8.GetString(bytes).Should().Be(expected);
    }

    [Fact]
    public void Canonicalize_Rfc8785Section323SortingExample_SortsByUtf16CodeUnits()
    {
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;

        var names = JsonDocument.Parse(Canonicalize(input)).RootElement.EnumerateObject().Select(p => p.Name);

        names.Should().Equal("\r", "1", "\u0080", "\u00f6", "\u20ac", "\ud83d\ude00", "\ufb33");
    }

    [Fact]
    public void Canonicalize_Rfc8785Section324Utf8_EncodesEuroAsThreeBytes()
    {
        var bytes = Canonicalize("\"\\u20ac\"");

        bytes.Should().Equal(0x22, 0xe2, 0x82, 0xac, 0x22);
    }

    [Theory]
    [InlineData("\"\\u001f\\u007f\"", "\"\\u001f\u007f\"")]
    [InlineData("\"\\u2028<>&+'\"", "\"\u2028<>&+'\"")]
    [InlineData("[1.0,-0,1e0,100e-2,0.1e1]", "[1,0,1,1,1]")]
    [InlineData("{\"b\":[],\"a\":{}}", "{\"a\":{},\"b\":[]}")]
    [InlineData("  [ true ,\n false ]  ", "[true,false]")]
    [InlineData("123456789012345678901234567890", "1.2345678901234568e+29")]
    public void Canonicalize_EdgeInputs_GiveCanonicalText(string input, string expected)
    {
        var text = Encoding.UTF8.GetString(Canonicalize(input));

        text.Should().Be(expected);
    }

    [Fact]
    public void TryCanonicalize_NumberBeyondDoubleRange_Fails()
    {
        using var doc = JsonDocument.Parse("{\"n\":1e400}");

        var ok = Jcs.TryCanonicalize(doc.RootElement, out var bytes, out var error);

        ok.Should().BeFalse();
        bytes.Should().BeNull();
        error.Should().Contain("IEEE 754");
    }

    [Fact]
    public void TryCanonicalize_EscapedLoneSurrogate_Fails()
    {
        using var doc = JsonDocument.Parse("[\"\\ud800x\"]");

        var ok = Jcs.TryCanonicalize(doc.RootElement, out _, out var error);

        ok.Should().BeFalse();
        error.Should().Contain("surrogate");
    }

    [Fact]
    public void TryCanonicalize_LoneSurrogateInNode_Fails()
    {
        var node = new JsonObject { ["s"] = "a\udc00b" };

        var ok = Jcs.TryCanonicalize(node, out _, out var error);

        ok.Should().BeFalse();
        error.Should().Contain("surrogate");
    }

    [Fact]
    public void TryCanonicalize_DuplicateMember_Fails()
    {
        using var doc = JsonDocument.Parse("{\"a\":1,\"a\":2}", new JsonDocumentOptions { AllowDuplicateProperties = true });

        var ok = Jcs.TryCanonicalize(doc.RootElement, out _, out var error);

        ok.Should().BeFalse();
        error.Should().Contain("duplicate");
    }

    [Fact]
    public void TryCanonicalize_HostileNesting_FailsWithoutStackOverflow()
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < 10_000; i++)
        {
            node = new JsonArray(node);
        }

        var ok = Jcs.TryCanonicalize(node, out _, out var error);

        ok.Should().BeFalse();
        error.Should().Contain("nested");
    }

    [Fact]
    public void Canonicalize_NodeBuiltInCode_EqualsParsedElement()
    {
        var node = new JsonObject
        {
            ["z"] = 1,
            ["y"] = 2.5m,
            ["x"] = "é\n",
            ["w"] = true,
            ["v"] = new JsonArray(1e21, -0.0, null),
        };
        using var parsed = JsonDocument.Parse(node.ToJsonString());

        var fromNode = Jcs.Canonicalize(node);
        var fromElement = Jcs.Canonicalize(parsed.RootElement);

        fromNode.Should().Equal(fromElement);
        Encoding.UTF8.GetString(fromNode).Should().Be("{\"v\":[1e+21,0,null],\"w\":true,\"x\":\"é\\n\",\"y\":2.5,\"z\":1}");
    }

    [Fact]
    public void SerializeModel_Map_SortsKeysByUtf16AndEscapesMinimally()
    {
        var value = new Dictionary<string, object?>
        {
            ["b"] = new List<object?> { true, null, 1d, "é\n\u001f" },
            ["a"] = "<&>",
            ["\u20ac"] = 2d,
            ["\U0001F600"] = 3d,
        };

        var text = Jcs.SerializeModel(value);

        text.Should().Be("{\"a\":\"<&>\",\"b\":[true,null,1,\"é\\n\\u001f\"],\"\u20ac\":2,\"\U0001F600\":3}");
    }

    [Fact]
    public void SerializeModel_LoneSurrogate_ThrowsJsonLdException()
    {
        var act = () => Jcs.SerializeModel(new List<object?> { "a\ud800" });

        act.Should().Throw<JsonLdException>().Which.Message.Should().Contain("surrogate");
    }

    [Fact]
    public void SerializeModel_NaN_ThrowsJsonLdException()
    {
        var act = () => Jcs.SerializeModel(double.NaN);

        act.Should().Throw<JsonLdException>();
    }

    private static byte[] Canonicalize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Jcs.Canonicalize(doc.RootElement);
    }
}
