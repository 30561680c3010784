using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Credentials.Web.Tests.IssuerPage;
using Microsoft.Playwright;

namespace Credentials.Web.Tests.Browser;

/// <summary>
/// axe-core on every state of the issuer page — sign-in, a wrong key, the upload form, a file with problems, a
/// finished batch, a found learner after revocation, the audit log — in fi, sv and en, at 1280 px and 390 px, for
/// the WCAG 2.2 AA rules. Over HTTPS, so the browser keeps the page's Secure cookie. Screenshots in the test output.
/// </summary>
public sealed class IssuerPageAccessibilityTests(HttpsKestrelWebFactory server) : IClassFixture<HttpsKestrelWebFactory>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("credentials-issuer-audit-").FullName;

    [AxeFact]
    public Task Finnish_EveryIssuerPageState_HasNoViolations() => EveryStateAsync("fi", "9102");

    [AxeFact]
    public Task Swedish_EveryIssuerPageState_HasNoViolations() => EveryStateAsync("sv", "9202");

    [AxeFact]
    public Task English_EveryIssuerPageState_HasNoViolations() => EveryStateAsync("en", "9302");

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

    // Each language issues its own learners (student numbers starting with its prefix), so the runs do not meet.
    private async Task EveryStateAsync(string lang, string studentPrefix)
    {
        var bad = Write($"learners-bad-{lang}.csv", IssuerPageClient.BadLearners.Replace("9002", studentPrefix, StringComparison.Ordinal));
        var good = Write($"learners-{lang}.csv", IssuerPageClient.Learners.Replace("9002", studentPrefix, StringComparison.Ordinal));
        var template = RepositoryPaths.InRepo("samples", "batch", "template.json");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumFactAttribute.ExecutablePath, Headless = true, Args = AxeAudit.LaunchArgs });
        // The page's CSP allows only its own scripts; the test injects axe-core past it, as a browser extension would.
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = lang,
            IgnoreHTTPSErrors = true,
            BypassCSP = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var violations = new List<string>();

        await page.GotoAsync($"{server.BaseUrl}/issuer?lang={lang}");
        await AxeAudit.RunAsync(page, "issuer-sign-in", lang, violations);

        await page.FillAsync("#apiKey", "not-the-key");
        await page.ClickAsync("form[action='/issuer/sign-in'] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.Load);
        await AxeAudit.RunAsync(page, "issuer-sign-in-wrong-key", lang, violations);

        await page.FillAsync("#apiKey", WebFactory.DemoApiKey);
        await page.ClickAsync("form[action='/issuer/sign-in'] button[type=submit]");
        await page.WaitForURLAsync($"**/issuer?lang={lang}");
        await AxeAudit.RunAsync(page, "issuer-form", lang, violations);

        await page.SetInputFilesAsync("#template", template);
        await page.SetInputFilesAsync("#learners", bad);
        await page.ClickAsync("#upload button[value=check]");
        await page.Locator("#problems").WaitForAsync();
        await AxeAudit.RunAsync(page, "issuer-problems", lang, violations);

        await page.SetInputFilesAsync("#template", template);
        await page.SetInputFilesAsync("#learners", good);
        await page.ClickAsync("#upload button[value=issue]");
        await page.WaitForURLAsync("**/issuer/batches/batch-*");
        await page.Locator("#downloads").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await AxeAudit.RunAsync(page, "issuer-batch-done", lang, violations);

        await page.ClickAsync("nav.main a[href^='/issuer/find']");
        await page.FillAsync("#studentNumber", studentPrefix + "02");
        await page.ClickAsync("#find button[type=submit]");
        await page.Locator("#found").WaitForAsync();
        await AxeAudit.RunAsync(page, "issuer-found", lang, violations);

        await page.SelectOptionAsync("#found select[name=action]", "revoke");
        await page.FillAsync("#found input[name=reason]", "accessibility test");
        await page.ClickAsync("#found button[type=submit]");
        await page.Locator("#found td.status-revoked").WaitForAsync();
        await AxeAudit.RunAsync(page, "issuer-revoked", lang, violations);

        await page.ClickAsync("nav.main a[href^='/issuer/audit']");
        await page.Locator("#audit").WaitForAsync();
        await AxeAudit.RunAsync(page, "issuer-audit", lang, violations);

        (await page.EvaluateAsync<string>("() => document.documentElement.lang")).Should().Be(lang);
        violations.Should().BeEmpty();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
