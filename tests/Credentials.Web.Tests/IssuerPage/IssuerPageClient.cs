using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Credentials.Web.Tests.IssuerPage;

/// <summary>A browser-like client of the issuer page: HTTPS (so the Secure cookies are kept), cookies, no automatic redirects.</summary>
internal sealed partial class IssuerPageClient(WebFactory factory)
{
    public HttpClient Http { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public static string Template => File.ReadAllText(RepositoryPaths.InRepo("samples", "batch", "template.json"));

    public static string Learners => File.ReadAllText(RepositoryPaths.InRepo("samples", "batch", "learners.csv"));

    /// <summary>The sample learners with line 3's birth date and line 4's e-mail and completion date broken.</summary>
    public static string BadLearners => Learners
        .Replace("1999-11-03", "31.02.1999", StringComparison.Ordinal)
        .Replace(";;;\"3 \"\"hyvä\"\"\";2026-06-15", ";not-an-email;;\"3 \"\"hyvä\"\"\";2026-13-45", StringComparison.Ordinal);

    /// <summary>The antiforgery token of the first form on <paramref name="path"/>.</summary>
    public async Task<string> TokenAsync(string path)
    {
        var page = await Http.GetStringAsync(path);
        return Token(page);
    }

    public static string Token(string page) => TokenPattern().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("no antiforgery token on the page");

    public async Task<HttpResponseMessage> SignInAsync(string key = WebFactory.DemoApiKey) =>
        await Http.PostAsync("/issuer/sign-in", Form(("__antiforgery", await TokenAsync("/issuer/sign-in")), ("apiKey", key), ("lang", "en")));

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>Posts the upload form with files, as a browser would.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string action, string learnersCsv, string? template = null, string? token = null, string lang = "en")
    {
        using var content = new MultipartFormDataContent();
        if (token is not "")
        {
            content.Add(new StringContent(token ?? await TokenAsync("/issuer")), "__antiforgery");
        }

        content.Add(new StringContent(lang), "lang");
        content.Add(new StringContent(action), "action");
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(template ?? Template)), "template", "template.json");
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(learnersCsv)), "learners", "learners.csv");
        return await Http.PostAsync("/issuer/batches", content);
    }

    /// <summary>Issues the sample learners and waits for the batch to complete; returns the batch page's path.</summary>
    public async Task<string> IssueAndWaitAsync(string learnersCsv)
    {
        var issued = await UploadAsync("issue", learnersCsv);
        issued.StatusCode.Should().Be(HttpStatusCode.SeeOther, await issued.Content.ReadAsStringAsync());
        var path = issued.Headers.Location!.OriginalString.Split('?')[0];
        for (var i = 0; i < 300; i++)
        {
            var progress = await Bodies.ReadObjectAsync(await Http.GetAsync(path + "/progress"));
            if (progress["state"]!.GetValue<string>() != "running")
            {
                progress["state"]!.GetValue<string>().Should().Be("completed");
                return path;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the batch did not complete in 30 s");
    }

    [GeneratedRegex("name=\"__antiforgery\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
