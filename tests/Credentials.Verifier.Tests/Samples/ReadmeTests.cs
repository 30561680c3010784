using Credentials.TestKit;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Samples;

public sealed class ReadmeTests
{
    [Fact]
    public void Readme_CheckCodeTable_ListsEveryCodeWithItsTexts()
    {
        var readme = File.ReadAllText(RepositoryPaths.InRepo("README.md"));

        foreach (var (code, (en, fi, sv)) in CheckTexts.All)
        {
            readme.Should().Contain($"| `{code}` | {en} | {fi} | {sv} |", "README's check-code table is generated from CheckTexts");
        }
    }
}
