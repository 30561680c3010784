using Credentials.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Credentials.Web.Tests.Fuzzing;

/// <summary>One service in memory for all HTTP fuzz cases, with every log line it writes kept.</summary>
public sealed class HttpFuzzFixture : IDisposable
{
    private readonly WebFactory _factory = new();
    private readonly WebApplicationFactory<Program> _logged;

    public HttpFuzzFixture()
    {
        _logged = _factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Logs)));
        Client = _logged.CreateClient();
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _logged.Dispose();
        _factory.Dispose();
        Logs.Dispose();
    }
}
