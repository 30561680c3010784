using System.Text.Json;
using Credentials.Model.Text;

namespace Credentials.Model.Tests.Text;

public sealed class LanguageMapTests
{
    private static readonly LanguageMap Map = LanguageMap.Of(("fi", "Koneoppiminen"), ("sv", "Maskininlärning"), ("en-GB", "Machine learning"));

    [Theory]
    [InlineData(new[] { "sv", "fi" }, "Maskininlärning")]
    [InlineData(new[] { "de", "fi" }, "Koneoppiminen")]
    [InlineData(new[] { "fi-FI" }, "Koneoppiminen")]
    [InlineData(new[] { "en" }, "Machine learning")]
    [InlineData(new[] { "SV" }, "Maskininlärning")]
    [InlineData(new string[0], "Machine learning")]
    public void Best_PreferredLanguages_PicksExactThenPrimarySubtagThenEnglish(string[] preferred, string expected)
    {
        Map.Best(preferred).Should().Be(expected);
    }

    [Fact]
    public void Best_NoEnglishAndNoMatch_ReturnsFirstEntry()
    {
        LanguageMap.Of(("sv", "a"), ("fi", "b")).Best("de").Should().Be("b");
        LanguageMap.Empty.Best("en").Should().BeNull();
    }

    [Fact]
    public void ToJson_RoundTripsThroughFromJson()
    {
        var json = Map.ToJson().ToJsonString();
        using var document = JsonDocument.Parse(json);

        LanguageMap.FromJson(document.RootElement)!.Equals(Map).Should().BeTrue();
        json.Should().Be("{\"en-GB\":\"Machine learning\",\"fi\":\"Koneoppiminen\",\"sv\":\"Maskininl\\u00E4rning\"}");
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("sr-Latn", true)]
    [InlineData("x", false)]
    [InlineData("en_GB", false)]
    [InlineData("", false)]
    [InlineData("<script>", false)]
    [InlineData("toolongtag", false)]
    public void IsWellFormedTag_Shapes(string tag, bool expected)
    {
        LanguageMap.IsWellFormedTag(tag).Should().Be(expected);
    }

    [Fact]
    public void Constructor_MalformedTag_Throws()
    {
        var act = () => LanguageMap.Of("en_GB", "x");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equals_TagCaseInsensitive()
    {
        LanguageMap.Of("EN", "x").Equals(LanguageMap.Of("en", "x")).Should().BeTrue();
    }
}
