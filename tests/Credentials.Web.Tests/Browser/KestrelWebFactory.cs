using System.Net;
using System.Net.Sockets;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Browser;

/// <summary>The service on a real Kestrel socket on a free loopback port, for a browser to reach.</summary>
public sealed class KestrelWebFactory : IDisposable
{
    private readonly WebFactory _factory = new();

    public KestrelWebFactory()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>The service with extra settings (applied last), for fixtures that configure it.</summary>
    internal KestrelWebFactory(IDictionary<string, string> settings)
    {
        foreach (var (key, value) in settings)
        {
            _factory.Settings[key] = value;
        }

        var port = FreePort();
        // Kestrel's own options, not UseKestrel(port): that overload rewrites the server addresses after the app has
        // started binding, a race that fails now and then (dotnet/aspnetcore pull request 67714).
        _factory.UseKestrel(k => k.ListenLocalhost(port));
        _factory.StartServer();
        BaseUrl = $"http://localhost:{port}";
    }

    public string BaseUrl { get; }

    public void Dispose() => _factory.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
