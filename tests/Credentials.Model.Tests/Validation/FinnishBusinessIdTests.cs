using System.Text.Json.Nodes;
using Credentials.Model.Input;
using Credentials.Model.Validation;

namespace Credentials.Model.Tests.Validation;

public sealed class FinnishBusinessIdTests
{
    [Theory]
    [InlineData("1234567-1", true)]
    [InlineData("0000000-0", true)]
    [InlineData("1000000-4", true)]
    [InlineData("1234567-8", false)]
    [InlineData("1234567-0", false)]
    [InlineData("123456-1", false)]
    [InlineData("12345671", false)]
    [InlineData("1234567_1", false)]
    [InlineData("１２３４５６７-1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Checksum(string? value, bool expected)
    {
        FinnishBusinessId.IsValid(value).Should().Be(expected);
    }

    [Fact]
    public void IsValid_RemainderOne_IsNeverValid()
    {
        // 0000006: 6 × 2 = 12, remainder 1, which no check digit can satisfy.
        Enumerable.Range(0, 10).Should().OnlyContain(c => !FinnishBusinessId.IsValid($"0000006-{c}"));
    }

    [Fact]
    public void Parse_IssuerWithWrongCheckDigit_ReportsInvalidFormat()
    {
        var input = TestData.With(TestData.InputJson("aalto-like.json"), "/template/issuer/registration/notation", "1234567-8");

        var result = MicroCredentialJson.Parse(TestData.Utf8(input));

        result.Problems.Should().ContainSingle().Which.Should().Match<ModelProblem>(p =>
            p.Pointer == "/template/issuer/registration/notation" && p.Code == ProblemCodes.InvalidFormat);
    }

    [Fact]
    public void Parse_OtherScheme_IsNotChecked()
    {
        var input = TestData.With(TestData.InputJson("aalto-like.json"), "/template/issuer/registration",
            new JsonObject { ["notation"] = "1234567-8", ["scheme"] = "SE:organisationsnummer" });

        MicroCredentialJson.Parse(TestData.Utf8(input)).Problems.Should().BeEmpty();
    }
}
