using System.Net;
using System.Net.Sockets;
using Credentials.TestKit;

namespace Credentials.Web.Tests.Browser;

/// <summary>
/// The service the accessibility audit drives: a seal trust anchor is configured (so a seal under another root is
/// "not anchored", not "no anchor configured"), and one status-list host is allowed whose port nothing listens on (so
/// a credential's status list is unreachable).
/// </summary>
public sealed class AuditedWebFactory : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("credentials-audit-").FullName;
    private readonly SealChain _configured;
    private readonly KestrelWebFactory _server;

    public AuditedWebFactory()
    {
        var now = DateTimeOffset.UtcNow;
        _configured = SealChain.Create("CN=Configured Test Root, O=Audit Trust Services, C=FI", "Audit Trust Services", "VATFI-00000001", "FI", now);
        Unanchored = SealChain.Create("CN=Unconfigured Test Root, O=Elsewhere Trust Services, C=SE", "Northern University of Technology", "VATFI-12345671", "FI", now);
        var anchors = Path.Combine(_dir, "seal-anchors.pem");
        File.WriteAllText(anchors, _configured.Root.ExportCertificatePem());
        UnreachableStatusList = $"https://localhost:{ClosedPort()}/status/1";
        _server = new KestrelWebFactory(new Dictionary<string, string>
        {
            ["Credentials:SealTrustAnchorsPath"] = anchors,
            ["Credentials:AllowedStatusListHosts:0"] = "localhost",
        });
    }

    public string BaseUrl => _server.BaseUrl;

    /// <summary>A sound seal chain for Northern University of Technology whose root is not a configured anchor.</summary>
    public SealChain Unanchored { get; }

    /// <summary>A status-list URL on an allowed host where nothing answers.</summary>
    public string UnreachableStatusList { get; }

    public void Dispose()
    {
        _server.Dispose();
        Unanchored.Dispose();
        _configured.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    // A port that was free a moment ago: connections to it are refused.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
