using System.Collections.Concurrent;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Jades;
using Credentials.Web.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Credentials.Web.Tests.Composition;

/// <summary>
/// Seal revocation fetched over real HTTP from a loopback server that serves a CRL made here: the OCSP responder is
/// asked first (POST), the CRL distribution point then (GET); a host that is not allowed is never asked.
/// </summary>
public sealed class HttpRevocationTransportTests : IAsyncLifetime, IDisposable
{
    private readonly ConcurrentQueue<(string Method, string Path, string? ContentType)> _requests = new();
    private readonly ConcurrentDictionary<string, byte[]> _served = new(StringComparer.Ordinal);
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private WebApplication? _server;
    private Uri _base = null!;
    private X509Certificate2 _root = null!;
    private X509Certificate2 _seal = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.Run(async context =>
        {
            _requests.Enqueue((context.Request.Method, context.Request.Path.Value!, context.Request.ContentType));
            if (context.Request.Path.Value == "/redirect")
            {
                context.Response.Redirect("/root.crl");
                return;
            }

            if (!_served.TryGetValue(context.Request.Path.Value!, out var body))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "application/pkix-crl";
            await context.Response.Body.WriteAsync(body);
        });
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _base = new Uri(address);

        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest("CN=Loopback Root, O=Test, C=FI", rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        _root = rootRequest.CreateSelfSigned(now.AddYears(-1), now.AddYears(5));
    }

    [Fact]
    public async Task VerifyAsync_CrlOnAllowedLoopbackHost_FetchedAndNotRevoked()
    {
        Issue(new Uri(_base, "/root.crl"));
        Serve(revoked: false);

        var result = await JadesVerifier.VerifyAsync(Seal(), Options(_base.Host));

        result.Revocation.Should().Be(JadesOutcome.Passed, result.RevocationMessage);
        result.RevocationMessage.Should().Contain("CRL");
        _requests.Should().Contain(r => r.Method == "POST" && r.Path == "/ocsp" && r.ContentType == "application/ocsp-request");
        _requests.Should().Contain(r => r.Method == "GET" && r.Path == "/root.crl");
    }

    [Fact]
    public async Task VerifyAsync_CrlRevokingTheSeal_CertificateRevoked()
    {
        Issue(new Uri(_base, "/root.crl"));
        Serve(revoked: true);

        var result = await JadesVerifier.VerifyAsync(Seal(), Options(_base.Host));

        result.Revocation.Should().Be(JadesOutcome.Failed, result.RevocationMessage);
        result.RevocationCode.Should().Be(CheckCodes.ProofCertificateRevoked);
    }

    [Fact]
    public async Task VerifyAsync_HostNotAllowed_NoRequestRevocationUnknown()
    {
        Issue(new Uri(_base, "/root.crl"));
        Serve(revoked: false);

        var result = await JadesVerifier.VerifyAsync(Seal(), Options("crl.other.example"));

        _requests.Should().BeEmpty();
        result.Revocation.Should().Be(JadesOutcome.Indeterminate);
        result.RevocationCode.Should().Be(CheckCodes.ProofRevocationUnknown);
    }

    [Fact]
    public async Task SendAsync_RedirectOrTooLarge_IsNull()
    {
        _served["/big.crl"] = new byte[5000];
        var transport = new HttpRevocationTransport(_http);

        var redirected = await transport.SendAsync(new Uri(_base, "/redirect"), null, null, 1 << 20, CancellationToken.None);
        var large = await transport.SendAsync(new Uri(_base, "/big.crl"), null, null, 4096, CancellationToken.None);
        var fits = await transport.SendAsync(new Uri(_base, "/big.crl"), null, null, 8192, CancellationToken.None);

        redirected.Should().BeNull();
        large.Should().BeNull();
        fits.Should().HaveCount(5000);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _seal?.Dispose();
        _root?.Dispose();
    }

    private void Issue(Uri crl)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Loopback Seal, O=Testiyliopisto, 2.5.4.97=VATFI-12345678, C=FI", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_root, true, false));
        request.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension([new Uri(_base, "/ocsp").AbsoluteUri], null));
        request.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([crl.AbsoluteUri]));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.Create(_root, now.AddDays(-30), now.AddYears(1), RandomNumberGenerator.GetBytes(16));
        _seal = certificate.CopyWithPrivateKey(key);
    }

    private void Serve(bool revoked)
    {
        var builder = new CertificateRevocationListBuilder();
        if (revoked)
        {
            builder.AddEntry(_seal.SerialNumberBytes.Span, DateTimeOffset.UtcNow.AddDays(-1));
        }

        var now = DateTimeOffset.UtcNow;
        _served["/root.crl"] = builder.Build(_root, BigInteger.One, now.AddDays(7), HashAlgorithmName.SHA256, thisUpdate: now.AddHours(-1));
    }

    private string Seal()
    {
        using var key = JadesSigningKey.FromCertificate(_seal);
        return new JadesSealer(TimeProvider.System).Seal("{\"id\":\"urn:uuid:7c1e\"}", key);
    }

    private JadesVerificationOptions Options(string allowedHost) => new()
    {
        TrustAnchors = [_root],
        RevocationFetcher = new RevocationFetcher(new HttpRevocationTransport(_http), [allowedHost], TimeProvider.System),
    };
}
