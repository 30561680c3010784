using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Credentials.Model.Registry;
using Credentials.Storage;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credentials.Web.Tests.IssuerPage;

public sealed class IssuerPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Issuer_NotSignedIn_RedirectsToSignIn()
    {
        var client = new IssuerPageClient(factory);

        var response = await client.Http.GetAsync("/issuer?lang=fi");

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        response.Headers.Location!.OriginalString.Should().Be("/issuer/sign-in?lang=fi");
    }

    [Fact]
    public async Task SignIn_WrongKey_Is401WithASentenceAndNoCookie()
    {
        var client = new IssuerPageClient(factory);

        var response = await client.SignInAsync("not-the-key");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("The API key is not accepted: it is unknown, revoked or another issuer&#x27;s.");
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).Should().NotContain(c => c.StartsWith("__Host-credentials-issuer=", StringComparison.Ordinal));
        (await client.Http.GetAsync("/issuer")).StatusCode.Should().Be(HttpStatusCode.SeeOther);
    }

    [Fact]
    public async Task SignIn_RightKey_SetsASecureHttpOnlyStrictHostCookieWithoutTheKey()
    {
        var client = new IssuerPageClient(factory);

        var response = await client.SignInAsync();

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        response.Headers.Location!.OriginalString.Should().Be("/issuer?lang=en");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-credentials-issuer=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        attributes.Should().Contain(["secure", "httponly", "samesite=strict", "path=/"]);
        attributes.Should().NotContain(a => a.StartsWith("domain=", StringComparison.Ordinal));
        var expires = DateTimeOffset.Parse(attributes.Single(a => a.StartsWith("expires=", StringComparison.Ordinal))["expires=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        expires.Should().BeCloseTo(DateTimeOffset.UtcNow.AddHours(8), TimeSpan.FromMinutes(2));
        cookie.Should().NotContain(WebFactory.DemoApiKey);
        var page = await client.Http.GetAsync("/issuer");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'none'");
        (await page.Content.ReadAsStringAsync()).Should().Contain("id=\"upload\"");
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Is400AndDoesNothing()
    {
        var client = new IssuerPageClient(factory);
        var signInWithoutToken = await client.Http.PostAsync("/issuer/sign-in", IssuerPageClient.Form(("apiKey", WebFactory.DemoApiKey), ("lang", "en")));
        await client.SignInAsync();

        var uploadWithoutToken = await client.UploadAsync("issue", IssuerPageClient.Learners, token: "");
        var uploadWithForgedToken = await client.UploadAsync("issue", IssuerPageClient.Learners, token: "CfDJ8forged");

        signInWithoutToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        signInWithoutToken.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).Should().NotContain(c => c.StartsWith("__Host-credentials-issuer=", StringComparison.Ordinal));
        uploadWithoutToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await uploadWithoutToken.Content.ReadAsStringAsync()).Should().Contain("The form has expired or did not come from this page");
        uploadWithForgedToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Check_BadRows_ShowsEveryProblemByLineAndColumn_AndIssuesNothing()
    {
        var client = new IssuerPageClient(factory);
        await client.SignInAsync();

        var response = await client.UploadAsync("issue", IssuerPageClient.BadLearners, lang: "fi");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = await response.Content.ReadAsStringAsync();
        var rows = Regex.Matches(html, "<tr><td[^>]*>(\\d+)</td><td[^>]*>([^<]*)</td>").Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value)).ToList();
        rows.Should().Contain([(3, "syntymaaika"), (4, "sahkoposti"), (4, "suorituspaiva")]);
        html.Should().Contain("mitään ei myönnetty");
        var store = factory.Services.GetRequiredService<ICredentialStore>();
        (await store.FindByStudentNumberAsync(factory.Services.GetRequiredService<Proofs.Keys.IssuerKey>().Did, "900201")).Should().BeEmpty("a batch with a bad row issues nothing");
    }

    [Fact]
    public async Task Check_GoodFile_SaysAllRowsValid_ThenIssueCheckedIssuesThem()
    {
        var client = new IssuerPageClient(factory);
        await client.SignInAsync();

        var checkedPage = await client.UploadAsync("check", IssuerPageClient.Learners.Replace("9002", "9102", StringComparison.Ordinal));
        var html = await checkedPage.Content.ReadAsStringAsync();
        var carried = Regex.Matches(html, "<input type=\"hidden\" name=\"(templateData|learnersData|learnersName)\" value=\"([^\"]*)\">").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        using var issue = new MultipartFormDataContent
        {
            { new StringContent(IssuerPageClient.Token(html)), "__antiforgery" },
            { new StringContent("issue"), "action" },
            { new StringContent(carried["templateData"]), "templateData" },
            { new StringContent(carried["learnersData"]), "learnersData" },
            { new StringContent(carried["learnersName"]), "learnersName" },
        };
        var issued = await client.Http.PostAsync("/issuer/batches", issue);

        checkedPage.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("All 4 rows are valid.");
        issued.StatusCode.Should().Be(HttpStatusCode.SeeOther, await issued.Content.ReadAsStringAsync());
        issued.Headers.Location!.OriginalString.Should().StartWith("/issuer/batches/batch-");
    }

    [Fact]
    public async Task Issue_ShowsProgress_ThenDownloadsCredentialsPdfsAndManifest()
    {
        var client = new IssuerPageClient(factory);
        await client.SignInAsync();

        var path = await client.IssueAndWaitAsync(IssuerPageClient.Learners.Replace("9002", "9202", StringComparison.Ordinal));
        var page = await client.Http.GetStringAsync(path + "?lang=sv");
        var credentials = await client.Http.GetAsync(path + "/credentials.zip");
        var pdfs = await client.Http.GetAsync(path + "/pdfs.zip");
        var manifest = await client.Http.GetStringAsync(path + "/manifest.csv");

        page.Should().Contain("Klar.").And.Contain("4 av 4 studerande klara.").And.Contain(path + "/manifest.csv");
        Entries(await credentials.Content.ReadAsByteArrayAsync()).Should().BeEquivalentTo("920201.jwt", "920202.jwt", "920203.jwt", "920204.jwt");
        Entries(await pdfs.Content.ReadAsByteArrayAsync()).Should().BeEquivalentTo("920201.pdf", "920202.pdf", "920203.pdf", "920204.pdf");
        var lines = manifest.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("student_number;credential_id;credential_file;pdf_file;share_link;link_expiry");
        lines.Skip(1).Select(l => l.Split(';')[0]).Should().Equal("920201", "920202", "920203", "920204");
        lines[1].Split(';')[2..4].Should().Equal("920201.jwt", "920201.pdf");
        lines[1].Split(';')[4].Should().StartWith("http://localhost:5000/s/");
    }

    [Fact]
    public async Task Find_ThenRevokeWithReason_ChangesTheStatus_AndTheAuditLogShowsIt()
    {
        var client = new IssuerPageClient(factory);
        await client.SignInAsync();
        await client.IssueAndWaitAsync(IssuerPageClient.Learners.Replace("9002", "9302", StringComparison.Ordinal));

        var found = await client.Http.GetStringAsync("/issuer/find?studentNumber=930202&lang=en");
        var id = Regex.Match(found, "name=\"credentialId\" value=\"([^\"]+)\"").Groups[1].Value;
        var revoked = await client.Http.PostAsync("/issuer/status", IssuerPageClient.Form(
            ("__antiforgery", IssuerPageClient.Token(found)), ("credentialId", id), ("action", "revoke"), ("reason", "issued in error"), ("studentNumber", "930202"), ("lang", "en")));
        var audit = await client.Http.GetStringAsync("/issuer/audit?lang=en");

        found.Should().Contain("<td data-label=\"Status\" class=\"status-active\">valid</td>");
        revoked.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await revoked.Content.ReadAsStringAsync();
        html.Should().Contain($"Credential {id} is now revoked.").And.Contain("<td data-label=\"Status\" class=\"status-revoked\">revoked</td>");
        (await factory.Services.GetRequiredService<ICredentialStore>().GetAsync(id))!.Status.Should().Be(CredentialStatusState.Revoked);
        audit.Should().Contain(id).And.Contain("valid → revoked").And.Contain("issued in error");
    }

    [Fact]
    public async Task Revoke_AnotherIssuersCredential_IsNotFound_AndNothingChanges()
    {
        var client = new IssuerPageClient(factory);
        await client.SignInAsync();
        var store = factory.Services.GetRequiredService<ICredentialStore>();
        var id = "urn:uuid:" + Guid.NewGuid().ToString("D");
        await store.ReserveManyAsync([new CredentialReservation(id, "did:web:other-university.example", "t:1", "t", "vc-jwt", DateTimeOffset.UnixEpoch, [Model.Status.StatusPurpose.Revocation])]);

        var response = await client.Http.PostAsync("/issuer/status", IssuerPageClient.Form(
            ("__antiforgery", await client.TokenAsync("/issuer")), ("credentialId", id), ("action", "revoke"), ("reason", "not ours"), ("lang", "en")));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"No credential {id} of this issuer is in the registry.");
        (await store.GetAsync(id))!.Status.Should().Be(CredentialStatusState.Active);
    }

    [Fact]
    public async Task SignedIn_KeyRevokedLater_IsSignedOut()
    {
        var storage = factory.Services.GetRequiredService<RegistryStorage>();
        var key = "registry-key-" + Guid.NewGuid().ToString("N");
        var keyId = "k" + Guid.NewGuid().ToString("N")[..8];
        await storage.ApiKeys.CreateAsync(
            new ApiKeyRecord(keyId, "registrar", factory.Services.GetRequiredService<Proofs.Keys.IssuerKey>().Did, DateTimeOffset.UtcNow, null),
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
        var client = new IssuerPageClient(factory);
        (await client.SignInAsync(key)).StatusCode.Should().Be(HttpStatusCode.SeeOther);
        (await client.Http.GetAsync("/issuer")).StatusCode.Should().Be(HttpStatusCode.OK);

        await storage.ApiKeys.RevokeAsync(keyId);
        var after = await client.Http.GetAsync("/issuer");

        after.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        after.Headers.Location!.OriginalString.Should().StartWith("/issuer/sign-in");
    }

    [Fact]
    public async Task BatchPage_AnotherIssuersBatch_IsNotFound()
    {
        var client = new IssuerPageClient(factory);
        await client.SignInAsync();
        await factory.Services.GetRequiredService<IBatchStore>().StartAsync("batch-of-another-issuer", "t", 1, "did:web:other-university.example");

        var page = await client.Http.GetAsync("/issuer/batches/batch-of-another-issuer");
        var progress = await client.Http.GetAsync("/issuer/batches/batch-of-another-issuer/progress");
        var zip = await client.Http.GetAsync("/issuer/batches/batch-of-another-issuer/credentials.zip");

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        progress.StatusCode.Should().Be(HttpStatusCode.NotFound);
        zip.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static List<string> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.Select(e => e.FullName).ToList();
    }
}
