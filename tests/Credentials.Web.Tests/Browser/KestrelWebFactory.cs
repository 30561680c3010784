using System.Net;
using System.Net.Sockets;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Browser;

/// <summary>The service on a real Kestrel socket on a free loopback port, for a browser to reach.</summary>
public sealed class KestrelWebFactory : IDisposable
{
    private readonly WebFactory _factory = new();

    public KestrelWebFactory()
    {
        var port = FreePort();
        _factory.UseKestrel(port);
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
