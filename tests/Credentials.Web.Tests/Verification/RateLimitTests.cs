using System.Net;
using System.Text;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Verification;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Verify_MoreRequestsThanTheWindowAllows_Returns429()
    {
        using var factory = new WebFactory { PermitLimit = 2 };
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes(Bodies.ValidJwt()), "application/jwt"));
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK, "only the public verification endpoints are limited");
    }
}
