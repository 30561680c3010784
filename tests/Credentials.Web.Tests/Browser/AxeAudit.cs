using System.Text.Json;
using Microsoft.Playwright;

namespace Credentials.Web.Tests.Browser;

/// <summary>
/// Runs axe-core (pinned in tests/interop) on a page at 1280 px and 390 px for the WCAG 2.2 AA rules, collects the
/// violations with the state, language and width, and saves a full-page screenshot of each to the test output's
/// screenshots/ folder.
/// </summary>
internal static class AxeAudit
{
    public static readonly string[] LaunchArgs =
        ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly int[] Widths = [1280, 390];

    public static async Task RunAsync(IPage page, string state, string lang, List<string> violations)
    {
        var script = await File.ReadAllTextAsync(AxeFactAttribute.ScriptPath);
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
            {
                await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = script });
            }

            var found = await page.EvaluateAsync<JsonElement>(
                """
                async (tags) => {
                  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
                  return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }
                """,
                Tags);
            violations.AddRange(found.EnumerateArray().Select(v => $"{state} {lang} {width}px: {v.GetString()}"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath($"{state}-{lang}-{width}.png"), FullPage = true });
        }
    }

    private static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
