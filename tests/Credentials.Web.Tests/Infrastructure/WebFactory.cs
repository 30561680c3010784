using Credentials.TestKit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Credentials.Web.Tests.Infrastructure;

/// <summary>The service in memory with its shipped configuration; the rate limit is raised unless a test lowers it.</summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    public const string DemoApiKey = "demo-api-key-not-for-production";

    public int PermitLimit { get; init; } = 100_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepositoryPaths.InRepo("src", "Credentials.Web"));
        builder.UseSetting("Credentials:RateLimit:PermitLimit", PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
