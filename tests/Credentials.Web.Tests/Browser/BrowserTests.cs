using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Credentials.Web.Tests.Browser;

/// <summary>Drives the page in Chromium over Kestrel: paste, upload, switch language; screenshots in the test output.</summary>
public sealed class BrowserTests : IClassFixture<KestrelWebFactory>
{
    private static readonly string[] LaunchArgs =
        ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly KestrelWebFactory _server;

    public BrowserTests(KestrelWebFactory server) => _server = server;

    private static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    [ChromiumFact]
    public async Task Page_PasteUploadAndSwitchLanguage_ShowsVerdictsAndFinnishLabels()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = LaunchArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-GB" });

        await page.GotoAsync(_server.BaseUrl + "/");
        await page.FillAsync("#credential", Bodies.ValidJwt());
        await page.ClickAsync("button[type=submit]");
        var verdict = await page.Locator("#verdict").TextContentAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("verified-en.png"), FullPage = true });

        await page.GotoAsync(_server.BaseUrl + "/");
        await page.SetInputFilesAsync("#file", Path.Combine(Samples.InvalidFolder, "proof-signature-invalid.jwt"));
        await page.ClickAsync("button[type=submit]");
        var tampered = await page.Locator("#verdict").TextContentAsync();
        var failing = await page.Locator("ul.checks li", new PageLocatorOptions { HasText = "The signature does not match" }).TextContentAsync();
        var code = await page.Locator("details.technical li", new PageLocatorOptions { HasText = "proof.signature-invalid" }).CountAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("tampered-en.png"), FullPage = true });

        await page.ClickAsync("nav [lang=fi]");
        var label = await page.Locator("label[for=credential]").TextContentAsync();
        var kept = await page.Locator("#verdict").TextContentAsync();
        var file = await page.Locator(".checked-file").TextContentAsync();
        var lang = await page.Locator("html").GetAttributeAsync("lang");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("form-fi.png"), FullPage = true });

        verdict.Should().StartWith("Verified: issued by");
        tampered.Should().StartWith("Changed or forged:");
        failing.Should().Contain("failed").And.Contain("The signature does not match");
        code.Should().Be(1, "the code is under Technical details, not on the line");
        label.Should().Be("Todiste (JWT tai JSON)");
        kept.Should().StartWith("Muutettu tai väärennetty", "the language switch re-submits the checked file and keeps the result");
        file.Should().Be("Tarkistettu tiedosto: proof-signature-invalid.jwt");
        lang.Should().Be("fi");
    }

    [ChromiumFact]
    public async Task Page_Printed_HoldsVerdictChecksTimeAndContentButNotTheForm()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = LaunchArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "fi-FI" });
        await page.GotoAsync(_server.BaseUrl + "/?lang=fi");
        await page.FillAsync("#credential", Bodies.ValidJwt());
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.readyState === 'complete' && document.getElementById('verdict') !== null");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var formShown = await page.Locator("main > form").First.IsVisibleAsync();
        var reportButtonShown = await page.Locator(".actions").IsVisibleAsync();
        var shown = new[] { "#verdict", ".checked-at", "ul.checks", "main dl" };
        var visible = new List<bool>();
        foreach (var selector in shown)
        {
            visible.Add(await page.Locator(selector).First.IsVisibleAsync());
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("print-fi.png"), FullPage = true });

        formShown.Should().BeFalse("the empty form is not printed");
        reportButtonShown.Should().BeFalse();
        visible.Should().AllBeEquivalentTo(true, "the verdict, the time of the check, the checks and the content are printed");
    }
}
