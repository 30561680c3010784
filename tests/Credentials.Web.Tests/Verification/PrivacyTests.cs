using System.Text;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Credentials.Web.Tests.Verification;

public sealed class PrivacyTests
{
    [Fact]
    public async Task Verify_AtTraceLogging_NeverLogsTheCredentialOrItsContent()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new WebFactory().WithWebHostBuilder(b => b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)));
        using var client = factory.CreateClient();
        var jwt = Bodies.ValidJwt();

        await client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes(jwt), "application/jwt"));
        using var form = new MultipartFormDataContent { { new StringContent(jwt), "credential" } };
        await client.PostAsync("/", form);

        logs.Lines.Should().NotBeEmpty("trace logging is on, so the test would see a leak");
        var prefix = jwt[..40];
        logs.Lines.Should().NotContain(l => l.Contains(prefix, StringComparison.Ordinal) || l.Contains("Siiri", StringComparison.Ordinal));
    }
}
