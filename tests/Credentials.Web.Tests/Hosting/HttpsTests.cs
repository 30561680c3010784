using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Credentials.TestKit;

namespace Credentials.Web.Tests.Hosting;

/// <summary>
/// The service as an operator runs it: the built program in its own process, HTTPS from a configured PEM certificate
/// (Kestrel's standard <c>Kestrel:Endpoints</c> settings, here as environment variables) beside plain HTTP.
/// </summary>
public sealed class HttpsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("credentials-https-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task ConfiguredCertificate_ServesHttpsAndHttp()
    {
        using var certificate = SelfSigned();
        var certPath = Path.Combine(_dir, "service.crt");
        var keyPath = Path.Combine(_dir, "service.key");
        await File.WriteAllTextAsync(certPath, certificate.ExportCertificatePem());
        using (var key = certificate.GetECDsaPrivateKey()!)
        {
            await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem());
        }

        int https = ServiceProcess.FreePort(), http = ServiceProcess.FreePort();
        using var service = ServiceProcess.Start(Path.Combine(AppContext.BaseDirectory, "Credentials.Web.dll"), _dir, new Dictionary<string, string>
        {
            ["Kestrel__Endpoints__Https__Url"] = $"https://127.0.0.1:{https}",
            ["Kestrel__Endpoints__Https__Certificate__Path"] = certPath,
            ["Kestrel__Endpoints__Https__Certificate__KeyPath"] = keyPath,
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{http}",
            ["Credentials__Database"] = Path.Combine(_dir, "registry.db"),
            ["Credentials__IssuerKeyPath"] = RepositoryPaths.InRepo("keys.example", "northern-university"),
            ["Credentials__AllowDemoKeys"] = "true",
            ["Credentials__PublicBaseUrl"] = $"https://127.0.0.1:{https}",
        });
        using var handler = new HttpClientHandler
        {
            // Trust exactly the configured certificate, as a client pinned to it would.
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        };
        using var client = new HttpClient(handler);

        var secure = await service.WaitForAsync(client, $"https://127.0.0.1:{https}/health");
        var plain = await client.GetAsync($"http://127.0.0.1:{http}/health");

        secure.StatusCode.Should().Be(HttpStatusCode.OK);
        plain.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetStringAsync($"https://127.0.0.1:{https}/.well-known/did.json")).Should().Contain(TestKeys.Northern.Did);
        File.Exists(Path.Combine(_dir, "registry.db")).Should().BeTrue("the service opens its registry at start-up");
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }
}
