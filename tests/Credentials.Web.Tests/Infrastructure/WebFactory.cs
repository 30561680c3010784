using Credentials.TestKit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Credentials.Web.Tests.Infrastructure;

/// <summary>The service in memory with its shipped configuration; the rate limits are raised unless a test lowers it.</summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    public const string DemoApiKey = "demo-api-key-not-for-production";

    private readonly string _dir = Directory.CreateTempSubdirectory("credentials-web-").FullName;

    public int PermitLimit { get; init; } = 100_000;

    /// <summary>The registry; a fresh SQLite file per factory unless a test names another (e.g. PostgreSQL).</summary>
    public string? Database { get; init; }

    /// <summary>Extra settings, applied last.</summary>
    public IDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepositoryPaths.InRepo("src", "Credentials.Web"));
        builder.UseSetting("Credentials:RateLimit:PermitLimit", PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Credentials:PageRateLimit:PermitLimit", PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Credentials:Database", Database ?? Path.Combine(_dir, "registry.db"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dir, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a pool; the temp folder is cleaned by the system later.
            }
        }
    }
}
