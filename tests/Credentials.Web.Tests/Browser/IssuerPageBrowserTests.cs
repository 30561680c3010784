using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Credentials.Web.Tests.IssuerPage;
using Microsoft.Playwright;

namespace Credentials.Web.Tests.Browser;

/// <summary>
/// The registrar's whole round on the issuer page in Chromium over HTTPS: sign in, upload a file with a bad row, see
/// the problem, fix it, issue, watch the batch, revoke one credential. Screenshots (fi, 1280 and 390 px) in the test output.
/// </summary>
public sealed class IssuerPageBrowserTests(HttpsKestrelWebFactory server) : IClassFixture<HttpsKestrelWebFactory>, IDisposable
{
    private static readonly string[] LaunchArgs =
        ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly string _dir = Directory.CreateTempSubdirectory("credentials-issuer-page-").FullName;

    [ChromiumFact]
    public async Task IssuerPage_SignInCheckFixIssueWatchAndRevoke_InFinnish()
    {
        var bad = Write("oppijat-virhe.csv", IssuerPageClient.BadLearners.Replace("9002", "9402", StringComparison.Ordinal));
        var good = Write("oppijat.csv", IssuerPageClient.Learners.Replace("9002", "9402", StringComparison.Ordinal));
        var template = RepositoryPaths.InRepo("samples", "batch", "template.json");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumFactAttribute.ExecutablePath, Headless = true, Args = LaunchArgs });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "fi-FI",
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + "/issuer");
        var signInUrl = page.Url;
        await page.FillAsync("#apiKey", WebFactory.DemoApiKey);
        await page.ClickAsync("form[action='/issuer/sign-in'] button[type=submit]");
        await page.WaitForURLAsync("**/issuer?lang=fi");
        var cookie = (await context.CookiesAsync()).Single(c => c.Name == "__Host-credentials-issuer");

        await page.SetInputFilesAsync("#template", template);
        await page.SetInputFilesAsync("#learners", bad);
        await page.ClickAsync("#upload button[value=check]");
        var problems = await page.Locator("#problems tbody tr").AllInnerTextsAsync();
        await Screenshot(page, "issuer-problems-fi-1280.png");
        await page.SetViewportSizeAsync(390, 844);
        await Screenshot(page, "issuer-problems-fi-390.png");
        await page.SetViewportSizeAsync(1280, 900);

        await page.SetInputFilesAsync("#template", template);
        await page.SetInputFilesAsync("#learners", good);
        await page.ClickAsync("#upload button[value=issue]");
        await page.WaitForURLAsync("**/issuer/batches/batch-*");
        var progressShown = await page.Locator("#bar").CountAsync();
        try
        {
            await page.Locator("#downloads").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            await Screenshot(page, "issuer-batch-timeout.png");
            throw;
        }
        var count = await page.Locator("#count").InnerTextAsync();
        var state = await page.Locator("#state").InnerTextAsync();
        await Screenshot(page, "issuer-batch-fi-1280.png");

        await page.ClickAsync("nav.main a[href^='/issuer/find']");
        await page.FillAsync("#studentNumber", "940202");
        await page.ClickAsync("#find button[type=submit]");
        await page.Locator("#found").WaitForAsync();
        await page.SelectOptionAsync("#found select[name=action]", "revoke");
        await page.FillAsync("#found input[name=reason]", "myönnetty virheellisesti");
        await page.ClickAsync("#found button[type=submit]");
        var notice = await page.Locator("p.notice").InnerTextAsync();
        var status = await page.Locator("#found td.status-revoked").InnerTextAsync();
        await Screenshot(page, "issuer-revoked-fi-1280.png");
        await page.SetViewportSizeAsync(390, 844);
        await Screenshot(page, "issuer-revoked-fi-390.png");
        await page.ClickAsync("nav.main a[href^='/issuer/audit']");
        var audit = await page.Locator("#audit").InnerTextAsync();
        await Screenshot(page, "issuer-audit-fi-390.png");

        signInUrl.Should().EndWith("/issuer/sign-in?lang=fi");
        cookie.Secure.Should().BeTrue();
        cookie.HttpOnly.Should().BeTrue();
        cookie.SameSite.Should().Be(SameSiteAttribute.Strict);
        cookie.Path.Should().Be("/");
        problems.Should().Contain(p => p.StartsWith("3\tsyntymaaika", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("4\tsahkoposti", StringComparison.Ordinal));
        progressShown.Should().Be(1);
        count.Should().Be("4/4 oppijaa valmiina.");
        state.Should().Be("Valmis.");
        notice.Should().StartWith("Todiste urn:uuid:").And.EndWith("on nyt peruttu.");
        status.Should().Be("peruttu");
        audit.Should().Contain("voimassa → peruttu").And.Contain("myönnetty virheellisesti");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaning.
        }
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name), FullPage = true });
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
