using System.Net;
using System.Text;
using Credentials.Web.Configuration;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Page;

/// <summary>The page has its own per-address limit, sized for an office behind one address, apart from the API's.</summary>
public sealed class PageRateLimitTests
{
    [Fact]
    public void Defaults_PageAllows600PerMinuteAndTheApi120()
    {
        var options = new WebOptions();

        options.PageRateLimit.PermitLimit.Should().Be(600);
        options.PageRateLimit.WindowSeconds.Should().Be(60);
        options.RateLimit.PermitLimit.Should().Be(120);
    }

    [Fact]
    public async Task Page_OverItsOwnLimit_Is429WhileTheApiStillAnswers()
    {
        using var factory = new WebFactory();
        factory.Settings["Credentials:PageRateLimit:PermitLimit"] = "2";
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var form = new MultipartFormDataContent { { new StringContent("en"), "lang" } };
            statuses.Add((await client.PostAsync("/", form)).StatusCode);
        }

        var api = await client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes("a.b.c"), "application/jwt"));

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        api.StatusCode.Should().NotBe(HttpStatusCode.TooManyRequests);
    }
}
