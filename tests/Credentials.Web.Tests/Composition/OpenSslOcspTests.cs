using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Jades;
using Credentials.TestKit;
using Credentials.TestKit.Revocation;
using Credentials.Web.Composition;

namespace Credentials.Web.Tests.Composition;

/// <summary>
/// OCSP against an independent implementation, OpenSSL: <c>openssl ocsp</c> as the responder for a CA made here (its
/// index file says which serials are valid or revoked) answers our fetcher's requests over HTTP; and <c>openssl ocsp</c>
/// as the client (with its nonce) verifies what our loopback test responder signs. Skipped when openssl is missing.
/// </summary>
public sealed class OpenSslOcspTests : IDisposable
{
    private const string OpenSsl = "/usr/bin/openssl";
    private readonly string _dir = Directory.CreateTempSubdirectory("credentials-openssl-ocsp-").FullName;
    private readonly LoopbackOcspResponder _ours = new("CN=OpenSSL OCSP Test CA, O=Test, C=FI", TimeProvider.System);
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private Process? _openssl;

    [ToolFact("openssl")]
    public async Task VerifyAsync_OpenSslResponderSaysValid_NotRevoked()
    {
        var (key, url) = StartOpenSslResponder(revokedAt: null);
        using (key)
        {
            var result = await JadesVerifier.VerifyAsync(Seal(key), Options());

            result.Revocation.Should().Be(JadesOutcome.Passed, result.RevocationMessage + OpenSslErrors());
            result.RevocationMessage.Should().Contain("OCSP response of");
            url.Host.Should().Be("127.0.0.1");
        }
    }

    [ToolFact("openssl")]
    public async Task VerifyAsync_OpenSslResponderSaysRevoked_CertificateRevokedAtItsTime()
    {
        var revokedAt = new DateTimeOffset(DateTimeOffset.UtcNow.Year, 1, 2, 3, 4, 5, TimeSpan.Zero).AddYears(-1);
        var (key, _) = StartOpenSslResponder(revokedAt);
        using (key)
        {
            var result = await JadesVerifier.VerifyAsync(Seal(key), Options());

            result.Revocation.Should().Be(JadesOutcome.Failed, result.RevocationMessage + OpenSslErrors());
            result.RevocationCode.Should().Be(CheckCodes.ProofCertificateRevoked);
            result.RevocationMessage.Should().Contain($"was revoked on {revokedAt:yyyy-MM-ddTHH:mm:ssZ}");
        }
    }

    [ToolFact("openssl")]
    public async Task VerifyAsync_SerialNotInOpenSslIndex_UnknownIsRevocationUnknown()
    {
        var (key, _) = StartOpenSslResponder(revokedAt: null, listed: false);
        using (key)
        {
            var result = await JadesVerifier.VerifyAsync(Seal(key), Options());

            result.Revocation.Should().Be(JadesOutcome.Indeterminate, result.RevocationMessage);
            result.RevocationCode.Should().Be(CheckCodes.ProofRevocationUnknown);
        }
    }

    [ToolFact("openssl")]
    public void OpenSslClient_OurTestResponder_ResponseVerifiesAndEchoesTheNonce()
    {
        using var key = _ours.IssueSeal();
        var (ca, seal) = (Write("ca.pem", _ours.Ca.ExportCertificatePem()), Write("seal.pem", key.Certificate.ExportCertificatePem()));

        _ours.Answer = OcspAnswer.Good;
        var good = Run("ocsp", "-issuer", ca, "-cert", seal, "-url", _ours.Url.AbsoluteUri, "-CAfile", ca);
        _ours.Answer = OcspAnswer.Delegated;
        var delegated = Run("ocsp", "-issuer", ca, "-cert", seal, "-url", _ours.Url.AbsoluteUri, "-CAfile", ca);
        _ours.Answer = OcspAnswer.Revoked;
        _ours.RevokedAt = DateTimeOffset.UtcNow.AddDays(-1);
        var revoked = Run("ocsp", "-issuer", ca, "-cert", seal, "-url", _ours.Url.AbsoluteUri, "-CAfile", ca);

        good.Output.Should().Contain($"{seal}: good");
        good.Error.Should().Contain("Response verify OK").And.NotContainEquivalentOf("nonce");
        delegated.Error.Should().Contain("Response verify OK", "a responder the CA issued with id-kp-OCSPSigning");
        revoked.Output.Should().Contain($"{seal}: revoked");
        _ours.Requests.Should().HaveCount(3).And.OnlyContain(r => r.Nonce && r.Method == "POST");
    }

    public void Dispose()
    {
        if (_openssl is { HasExited: false })
        {
            _openssl.Kill();
            _openssl.WaitForExit(5000);
        }

        _openssl?.Dispose();
        _http.Dispose();
        _ours.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    // openssl ocsp -index: one line per certificate, "V" or "R", expiry, revocation time, serial in hex, file, subject.
    private (JadesSigningKey Key, Uri Url) StartOpenSslResponder(DateTimeOffset? revokedAt, bool listed = true)
    {
        var port = LoopbackOcspResponder.FreePort();
        var url = new Uri($"http://127.0.0.1:{port}/");
        var key = _ours.IssueSeal(ocspUrl: url);
        var certificate = key.Certificate;
        var line = string.Join('\t',
            revokedAt is null ? "V" : "R",
            certificate.NotAfter.ToUniversalTime().ToString("yyMMddHHmmss'Z'", CultureInfo.InvariantCulture),
            revokedAt is { } at ? at.UtcDateTime.ToString("yyMMddHHmmss'Z'", CultureInfo.InvariantCulture) : string.Empty,
            listed ? certificate.SerialNumber : "0A0B0C",
            "unknown",
            "/" + string.Join('/', certificate.SubjectName.Name.Split(", ").Reverse()));
        var index = Write("index.txt", line + "\n");
        var ca = Write("ca.pem", _ours.Ca.ExportCertificatePem());
        using var caKey = _ours.Ca.GetECDsaPrivateKey()!;
        var keyFile = Write("ca.key", caKey.ExportPkcs8PrivateKeyPem());
        _openssl = Start("ocsp", "-index", index, "-port", port.ToString(CultureInfo.InvariantCulture), "-rsigner", ca, "-rkey", keyFile, "-CA", ca,
            "-rmd", "sha256", "-ndays", "1", "-nrequest", "4");
        WaitUntilListening(port);
        return (key, url);
    }

    // A connection made only to see whether it listens would hold the single-threaded responder; its own line says so.
    private void WaitUntilListening(int port)
    {
        var ready = _openssl!.StandardError.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(10)) || ready.Result is null || !ready.Result.Contains("waiting for OCSP client connections", StringComparison.Ordinal))
        {
            throw new TimeoutException($"openssl ocsp did not listen on port {port}: {(ready.IsCompleted ? ready.Result : "no answer")}");
        }
    }

    private string OpenSslErrors() => _openssl is { HasExited: true } p ? "; openssl: " + p.StandardError.ReadToEnd() : string.Empty;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(OpenSsl) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private (string Output, string Error) Run(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill();
            throw new TimeoutException("openssl " + string.Join(' ', args));
        }

        return (output.Result, error.Result);
    }

    private static string Seal(JadesSigningKey key) => new JadesSealer(TimeProvider.System).Seal("{\"id\":\"urn:uuid:7c1e\"}", key);

    private JadesVerificationOptions Options() => new()
    {
        TrustAnchors = [X509CertificateLoader.LoadCertificate(_ours.Ca.RawData)],
        RevocationFetcher = new RevocationFetcher(new HttpRevocationTransport(_http), ["127.0.0.1"], TimeProvider.System),
    };
}
