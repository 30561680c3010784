using System.Text.Json.Nodes;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Credentials.Web.Tests.Composition;

/// <summary>A value from a request cannot start a forged log line (CWE-117): CR, LF and other controls are logged escaped.</summary>
public sealed class LogInjectionTests
{
    [Theory]
    [InlineData("urn:x\r\n2026-01-01 info: Credentials.Web Status change Reinstate of urn:y: Changed by admin", "urn:x\\u000D\\u000A2026-01-01")]
    [InlineData("urn:x\u2028forged\u0085line", "urn:x\\u2028forged\\u0085line")]
    public async Task StatusChange_CredentialIdWithLineBreaks_IsLoggedOnOneLine(string credentialId, string logged)
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new WebFactory().WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var client = factory.CreateClient();

        await Api.PostAsync(client, "/credentials/status", new JsonObject { ["credentialId"] = credentialId, ["action"] = "revoke", ["reason"] = "test" });

        var line = logs.Lines.Single(l => l.Contains("Status change", StringComparison.Ordinal));
        line.Should().Contain(logged);
        line.Should().NotContainAny("\r", "\n", "\u2028", "\u0085");
    }
}
