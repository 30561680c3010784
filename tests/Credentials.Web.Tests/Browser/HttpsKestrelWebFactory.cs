using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Credentials.Web.Tests.Browser;

/// <summary>
/// The service on a real Kestrel HTTPS socket (a throw-away self-signed certificate for localhost), so the browser
/// keeps the issuer page's <c>__Host-</c> and Secure cookies exactly as it would in production.
/// </summary>
public sealed class HttpsKestrelWebFactory : IDisposable
{
    private readonly WebFactory _factory = new();

    private readonly X509Certificate2 _certificate = ThrowAwayCertificate();

    /// <summary>Starts the service with the test settings' public base URL (the constructor xunit calls for a class fixture).</summary>
    public HttpsKestrelWebFactory()
        : this(ownBaseUrl: false)
    {
    }

    /// <summary>Starts the service; with <paramref name="ownBaseUrl"/> its public base URL is this socket's address (OpenID4VCI clients check it).</summary>
    internal HttpsKestrelWebFactory(bool ownBaseUrl)
    {
        var port = FreePort();
        if (ownBaseUrl)
        {
            _factory.Settings["Credentials:PublicBaseUrl"] = $"https://localhost:{port}";
        }

        _factory.UseKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.UseHttps(_certificate)));
        _factory.StartServer();
        BaseUrl = $"https://localhost:{port}";
    }

    public string BaseUrl { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>The throw-away certificate as PEM, for a client that must trust it (e.g. node's <c>NODE_EXTRA_CA_CERTS</c>).</summary>
    public string CertificatePem => _certificate.ExportCertificatePem();

    public void Dispose()
    {
        _factory.Dispose();
        _certificate.Dispose();
    }

    private static X509Certificate2 ThrowAwayCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));

        // Through PKCS#12 so the key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
