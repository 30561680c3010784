using Credentials.TestKit;
using Credentials.Web.Sharing;

namespace Credentials.Web.Tests.Sharing;

public sealed class ShareTextsTests
{
    [Fact]
    public void ReadmeTable_ListsEveryShareCodeWithItsThreeTexts()
    {
        var readme = File.ReadAllLines(RepositoryPaths.InRepo("README.md"));

        var rows = readme.Where(l => l.StartsWith("| `share.", StringComparison.Ordinal))
            .Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())
            .ToDictionary(c => c[0].Trim('`'), c => (c[1], c[2], c[3]));

        var messages = ShareTexts.All.Where(t => t.Key is not (ShareTexts.Notice or ShareTexts.LinkedIn)).ToDictionary(t => t.Key, t => t.Value);
        rows.Should().BeEquivalentTo(messages);
    }

    [Fact]
    public void LinkedInLink_WithOrganizationId_UsesItInsteadOfTheNameAndEscapesEveryValue()
    {
        var link = LinkedInLink.Build(
            "Koneoppimisen perusteet & käytäntö", "12345", "Pohjoisen yliopisto",
            new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero),
            "https://uni.example/s/abc", "urn:uuid:1");

        link.Should().Be("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
            + "&name=Koneoppimisen%20perusteet%20%26%20k%C3%A4yt%C3%A4nt%C3%B6&organizationId=12345"
            + "&issueYear=2026&issueMonth=6&expirationYear=2031&expirationMonth=1"
            + "&certUrl=https%3A%2F%2Funi.example%2Fs%2Fabc&certId=urn%3Auuid%3A1");
    }
}
