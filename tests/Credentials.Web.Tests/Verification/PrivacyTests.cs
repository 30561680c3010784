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

    [Fact]
    public async Task IssueAndStatusChange_LogIdsAndActors_NeverTheLearnerTheReasonOrTheKey()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new WebFactory().WithWebHostBuilder(b => b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)));
        using var client = factory.CreateClient();

        var issued = await Api.IssueSampleAsync(client, new System.Text.Json.Nodes.JsonObject { ["credentialStatus"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "BitstringStatusListEntry" } });
        var jwt = issued["verifiableCredential"]!.GetValue<string>();
        var id = Credentials.TestKit.TestCredentials.Payload(jwt)["jti"]!.GetValue<string>();
        await Api.PostAsync(client, "/credentials/status", new System.Text.Json.Nodes.JsonObject { ["credentialId"] = id, ["action"] = "suspend", ["reason"] = "Reason naming Siiri Äijälä" });

        logs.Lines.Should().Contain(l => l.Contains("Issued " + id, StringComparison.Ordinal));
        logs.Lines.Should().Contain(l => l.Contains("Status change Suspend of " + id, StringComparison.Ordinal));
        var tokenPrefix = jwt[..40];
        logs.Lines.Should().NotContain(l =>
            l.Contains("Siiri", StringComparison.Ordinal)
            || l.Contains(tokenPrefix, StringComparison.Ordinal)
            || l.Contains(WebFactory.DemoApiKey, StringComparison.Ordinal));
    }
}
