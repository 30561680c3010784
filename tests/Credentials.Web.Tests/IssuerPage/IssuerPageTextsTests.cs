using System.Text.RegularExpressions;
using Credentials.Web.IssuerPage;

namespace Credentials.Web.Tests.IssuerPage;

public sealed partial class IssuerPageTextsTests
{
    [Fact]
    public void All_EveryTextInThreeLanguages_WithTheSamePlaceholders()
    {
        foreach (var (key, (en, fi, sv)) in IssuerPageTexts.All)
        {
            new[] { en, fi, sv }.Should().OnlyContain(t => !string.IsNullOrWhiteSpace(t), key);
            Placeholders(fi).Should().Equal(Placeholders(en), key);
            Placeholders(sv).Should().Equal(Placeholders(en), key);
        }
    }

    [Fact]
    public void All_DistinctFinnishAndSwedishTexts_ForEverySentence()
    {
        var sentences = IssuerPageTexts.All.Where(t => t.Value.En.Length > 20).ToList();

        sentences.Should().OnlyContain(t => t.Value.Fi != t.Value.En && t.Value.Sv != t.Value.En && t.Value.Fi != t.Value.Sv);
    }

    private static List<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex("\\{\\d+\\}")]
    private static partial Regex PlaceholderPattern();
}
