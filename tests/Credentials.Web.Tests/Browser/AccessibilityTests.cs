using System.Text.Json.Nodes;
using Credentials.Issuer.Status;
using Credentials.Proofs.Jades;
using Credentials.Proofs.Keys;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Credentials.Web.Tests.Browser;

/// <summary>
/// axe-core (pinned in tests/interop) on every state of the page — empty, each verdict the samples give, an error,
/// the presentation page and its result — in fi, sv and en, at 1280 px and 390 px, for the WCAG 2.2 AA rules.
/// Screenshots of each state go to the test output's screenshots/ folder.
/// </summary>
public sealed class AccessibilityTests : IClassFixture<AuditedWebFactory>
{
    private readonly AuditedWebFactory _server;

    public AccessibilityTests(AuditedWebFactory server) => _server = server;

    [AxeFact]
    public Task Finnish_EveryState_HasNoViolations() => EveryStateAsync("fi");

    [AxeFact]
    public Task Swedish_EveryState_HasNoViolations() => EveryStateAsync("sv");

    [AxeFact]
    public Task English_EveryState_HasNoViolations() => EveryStateAsync("en");

    [AxeFact]
    public async Task Audit_PageWithAnUnlabelledFieldAndLowContrast_ReportsBoth()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumFactAttribute.ExecutablePath, Headless = true, Args = AxeAudit.LaunchArgs });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BypassCSP = true });
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><input type=\"text\"><p style=\"color:#bbb;background:#fff\">faint</p></main></body></html>");
        var violations = new List<string>();

        await AxeAudit.RunAsync(page, "self-test", "en", violations);

        violations.Should().Contain(v => v.Contains("label (", StringComparison.Ordinal)).And.Contain(v => v.Contains("color-contrast (", StringComparison.Ordinal));
    }

    private async Task EveryStateAsync(string lang)
    {
        var samples = await SamplesAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = AxeAudit.LaunchArgs,
        });

        // The page's CSP allows only its own scripts; the test injects axe-core past it, as a browser extension would.
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = lang, BypassCSP = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var violations = new List<string>();
        var reached = new List<string>();

        await page.GotoAsync($"{_server.BaseUrl}/?lang={lang}");
        await AxeAudit.RunAsync(page, "empty", lang, violations);

        await SubmitAsync(page, "#error");
        await AxeAudit.RunAsync(page, "error-empty", lang, violations);

        foreach (var (expected, input) in samples)
        {
            await page.GotoAsync($"{_server.BaseUrl}/?lang={lang}");
            await page.FillAsync("#credential", input);
            await SubmitAsync(page, "#verdict");
            reached.Add(await page.Locator("#verdict").GetAttributeAsync("data-verdict") ?? "none");
            (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("verdict", "focus moves to the verdict after a check");
            await AxeAudit.RunAsync(page, expected, lang, violations);
        }

        await page.GotoAsync($"{_server.BaseUrl}/presentation?lang={lang}");
        await AxeAudit.RunAsync(page, "presentation", lang, violations);
        var challenge = await page.Locator("#challenge").TextContentAsync();
        await page.FillAsync("#presentation", (await PresentationAsync(challenge!, "localhost")).ToJsonString());
        await SubmitAsync(page, "#verdict");
        var presented = await page.Locator("#verdict").GetAttributeAsync("data-verdict");
        await AxeAudit.RunAsync(page, "presentation-verified", lang, violations);

        presented.Should().Be("verified");

        reached.Should().Equal(samples.Select(s => s.Verdict), "each sample reaches the state it stands for");
        violations.Should().BeEmpty();
    }

    // Posts the page's form and waits until the answer has loaded (its script has run) and shows the expected element.
    private static async Task SubmitAsync(IPage page, string shows)
    {
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForFunctionAsync("(selector) => document.readyState === 'complete' && document.querySelector(selector) !== null", shows);
    }

    // Each verdict the samples give, with the input that gives it.
    private async Task<List<(string Verdict, string Input)>> SamplesAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_server.BaseUrl) };
        var issued = await Api.IssueSampleAsync(client, new JsonObject { ["credentialStatus"] = new JsonObject { ["type"] = "BitstringStatusListEntry" } });
        var revoked = issued["verifiableCredential"]!.GetValue<string>();
        var change = new JsonObject { ["credentialId"] = TestCredentials.Payload(revoked)["jti"]!.GetValue<string>(), ["action"] = "revoke", ["reason"] = "accessibility test" };
        (await Api.PostAsync(client, "/credentials/status", change)).EnsureSuccessStatusCode();
        var suspended = await SuspendedAsync(client);
        var stranger = KeyDirectory.Identify(SigningKey.Generate(KeyType.Ed25519), null);
        string Invalid(string name) => File.ReadAllText(Path.Combine(Samples.InvalidFolder, name)).Trim();
        return
        [
            ("verified", Bodies.ValidJwt()),
            ("revoked", revoked),
            ("suspended", suspended),
            ("expired", Invalid("validity-expired.jwt")),
            ("not-yet-valid", Invalid("validity-not-yet-valid.jwt")),
            ("forged", Invalid("proof-signature-invalid.jwt")),
            ("invalid", Invalid("schema-missing-title.jwt")),
            ("unreadable", Invalid("format-malformed-jws.jwt")),
            ("issuer-not-trusted", TestCredentials.Jwt(TestCredentials.Elm(Samples.Northern, stranger), stranger)),
            // The official sample's seal certificate expired in 2025 and this server has no TSA anchor, so nothing
            // shows the seal was made while it was valid: could not be fully verified, with that reason (issue 15).
            ("seal-not-anchored", new JadesSealer(TimeProvider.System).Seal(TestCredentials.Elm(Samples.Northern, TestKeys.Northern).ToJsonString(), _server.Unanchored.Key)),
            ("status-unchecked", WithUnreachableStatusList()),
            ("indeterminate", File.ReadAllText(RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-signed.jsonld"))),
        ];
    }

    private static async Task<string> SuspendedAsync(HttpClient client)
    {
        var issued = await Api.IssueSampleAsync(client, new JsonObject { ["credentialStatus"] = new JsonObject { ["type"] = "BitstringStatusListEntry" } });
        var jwt = issued["verifiableCredential"]!.GetValue<string>();
        var change = new JsonObject { ["credentialId"] = TestCredentials.Payload(jwt)["jti"]!.GetValue<string>(), ["action"] = "suspend", ["reason"] = "accessibility test" };
        (await Api.PostAsync(client, "/credentials/status", change)).EnsureSuccessStatusCode();
        return jwt;
    }

    // A genuine credential of a trusted issuer whose status list lives on a host that does not answer.
    private string WithUnreachableStatusList()
    {
        var document = TestCredentials.Elm(Samples.Northern, TestKeys.Northern);
        var entry = new JsonObject
        {
            ["id"] = _server.UnreachableStatusList + "#42",
            ["type"] = CredentialStatusEntries.EntryType,
            ["statusPurpose"] = "revocation",
            ["statusListIndex"] = "42",
            ["statusListCredential"] = _server.UnreachableStatusList,
        };
        CredentialStatusEntries.AddTo(document, [entry]);
        return TestCredentials.Jwt(document, TestKeys.Northern);
    }

    private static Task<JsonObject> PresentationAsync(string challenge, string domain)
    {
        var holder = KeyDirectory.Identify(TestKeys.Learner, null);
        var vp = Proofs.Presentations.PresentationBuilder.Build([Bodies.ValidJwt()], holder.Did, Proofs.Presentations.PresentationVersion.DataModel11);
        return Proofs.Presentations.PresentationSigner.SignDataIntegrityAsync(vp, TestKeys.Learner, holder.KeyId, Proofs.DataIntegrity.Cryptosuites.EddsaJcs2022, challenge, domain, TimeProvider.System);
    }
}
