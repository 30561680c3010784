namespace Credentials.JsonLd.Tests.Processing;

public sealed class JsonModelTests
{
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
