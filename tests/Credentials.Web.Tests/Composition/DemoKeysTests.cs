using Credentials.Proofs.Keys;
using Credentials.TestKit;
using Credentials.Web.Composition;

namespace Credentials.Web.Tests.Composition;

public sealed class DemoKeysTests
{
    [Fact]
    public void IsPublished_EveryKeyOfKeysExample_IsRecognised()
    {
        DemoKeys.IsPublished(TestKeys.Northern).Should().BeTrue();
        DemoKeys.IsPublished(TestKeys.Vastra).Should().BeTrue();
    }

    [Fact]
    public void IsPublished_FreshKey_IsNot()
    {
        using var key = SigningKey.Generate(KeyType.P256);

        DemoKeys.IsPublished(KeyDirectory.Identify(key, null)).Should().BeFalse();
    }

    [Theory]
    [InlineData("53336A65F72081080E228FF84CEB69F6CA8562D1ACFB30D5403AC696B0B109CA", true)]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", false)]
    public void IncludesDemoApiKey_ComparesTheHashCaseInsensitively(string hash, bool expected)
    {
        DemoKeys.IncludesDemoApiKey([hash]).Should().Be(expected);
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("demo-api-key-not-for-production"u8)).Should().Be(DemoKeys.ApiKeySha256);
    }
}
