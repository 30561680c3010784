using Credentials.Model.Validation;

namespace Credentials.Model.Tests.Validation;

public sealed class FinnishPersonalIdentityCodeTests
{
    [Theory]
    [InlineData("131052-308T", 1952, 10, 13)]
    [InlineData("131052Y308T", 1952, 10, 13)]
    [InlineData("131052U308T", 1952, 10, 13)]
    [InlineData("010100A123D", 2000, 1, 1)]
    [InlineData("150305B876M", 2005, 3, 15)]
    [InlineData("010594Y139D", 1994, 5, 1)]
    [InlineData("131052-308t", 1952, 10, 13)]
    public void Check_ValidCodesIncluding2023CenturySigns_GiveTheBirthDate(string code, int year, int month, int day)
    {
        var outcome = FinnishPersonalIdentityCode.Check(code, out var born);

        outcome.Should().Be(FinnishPersonalIdentityCodeOutcome.Valid);
        born.Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("131052-308U", FinnishPersonalIdentityCodeOutcome.WrongCheckCharacter)]
    [InlineData("131052-309T", FinnishPersonalIdentityCodeOutcome.WrongCheckCharacter)]
    [InlineData("290201A123X", FinnishPersonalIdentityCodeOutcome.InvalidDate)]
    [InlineData("011352-308T", FinnishPersonalIdentityCodeOutcome.InvalidDate)]
    [InlineData("131052G308T", FinnishPersonalIdentityCodeOutcome.Malformed)]
    [InlineData("131052-30T", FinnishPersonalIdentityCodeOutcome.Malformed)]
    [InlineData("", FinnishPersonalIdentityCodeOutcome.Malformed)]
    public void Check_WrongCodes_SayWhichPart(string code, FinnishPersonalIdentityCodeOutcome expected)
    {
        FinnishPersonalIdentityCode.Check(code, out _).Should().Be(expected);
    }
}
