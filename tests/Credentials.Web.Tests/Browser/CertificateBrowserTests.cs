using Credentials.TestKit;
using Microsoft.Playwright;

namespace Credentials.Web.Tests.Browser;

/// <summary>The certificate of the official Europass sample at phone width: nothing overflows, details stay folded.</summary>
public sealed class CertificateBrowserTests : IClassFixture<KestrelWebFactory>
{
    private static readonly string[] LaunchArgs =
        ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly KestrelWebFactory _server;

    public CertificateBrowserTests(KestrelWebFactory server) => _server = server;

    [ChromiumFact]
    public async Task Page_EuropassSampleAt390Pixels_NothingOverflowsAndTheImageFits()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = LaunchArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "fi-FI", ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        await page.GotoAsync(_server.BaseUrl + "/?lang=fi");
        await page.FillAsync("#credential", await File.ReadAllTextAsync(RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-unsigned.jsonld")));
        await page.ClickAsync("button[type=submit]");
        await page.Locator("#verdict").WaitForAsync();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var imageWidth = await page.EvaluateAsync<double>("document.querySelector('img.display').getBoundingClientRect().width");
        var imageLoaded = await page.EvaluateAsync<bool>("document.querySelector('img.display').complete && document.querySelector('img.display').naturalWidth > 0");
        var detailsOpen = await page.EvaluateAsync<bool>("document.querySelector('details.technical').open");
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, "europass-certificate-fi-390.png"), FullPage = true });

        scrollWidth.Should().BeLessThanOrEqualTo(390, "no line of the certificate or the checks may be wider than the phone");
        imageLoaded.Should().BeTrue("the data: image passes the page's own CSP");
        imageWidth.Should().BeLessThanOrEqualTo(390);
        detailsOpen.Should().BeFalse();
    }
}
