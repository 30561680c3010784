using System.Collections.Concurrent;
using System.Formats.Asn1;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.Jades;

namespace Credentials.TestKit.Revocation;

/// <summary>
/// An RFC 6960 OCSP responder on a loopback port, for a throw-away CA it makes: it reads each request (POST
/// <c>application/ocsp-request</c>, or GET with the base64 request in the path, RFC 6960 A.1), takes the CertID and
/// any nonce from it, and answers as <see cref="Answer"/> says, echoing the nonce. It also issues seal certificates
/// whose authority information access names it (they live as long as the responder).
/// </summary>
public sealed class LoopbackOcspResponder : IDisposable
{
    private const string NonceOid = "1.3.6.1.5.5.7.48.1.2";
    private readonly HttpListener _listener = new();
    private readonly TimeProvider _time;
    private readonly ECDsa _unrelated = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly X509Certificate2 _delegated;
    private readonly X509Certificate2 _delegatedWithoutUsage;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentBag<X509Certificate2> _issued = [];

    /// <summary>Starts a responder for a new CA named <paramref name="caName"/>.</summary>
    public LoopbackOcspResponder(string caName, TimeProvider time)
    {
        _time = time;
        var now = time.GetUtcNow();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(caName, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Ca = request.CreateSelfSigned(now.AddYears(-1), now.AddYears(5));
        _delegated = Responder("CN=Delegated OCSP Responder, O=Test, C=FI", ocspSigning: true);
        _delegatedWithoutUsage = Responder("CN=Responder Without OCSP Signing, O=Test, C=FI", ocspSigning: false);

        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/ocsp");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The CA (with its private key); configure it as the seal anchor.</summary>
    public X509Certificate2 Ca { get; }

    /// <summary>The responder's URL, as the issued certificates name it.</summary>
    public Uri Url { get; }

    /// <summary>What every request is answered with.</summary>
    public OcspAnswer Answer { get; set; } = OcspAnswer.Good;

    /// <summary>The revocation time for <see cref="OcspAnswer.Revoked"/>.</summary>
    public DateTimeOffset RevokedAt { get; set; }

    /// <summary>How long <see cref="OcspAnswer.Slow"/> waits before answering.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>The requests received: method, content type, and whether it carried a nonce.</summary>
    public ConcurrentQueue<(string Method, string? ContentType, bool Nonce)> Requests { get; } = new();

    /// <summary>A seal certificate (with its key) for the organisation, issued by <see cref="Ca"/>, naming this responder (or <paramref name="ocspUrl"/>).</summary>
    public JadesSigningKey IssueSeal(string organisation = "Testiyliopisto", Uri? ocspUrl = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={organisation} seal, O={organisation}, 2.5.4.97=VATFI-12345678, C=FI", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Ca, true, false));
        request.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension([(ocspUrl ?? Url).AbsoluteUri], null));
        var now = _time.GetUtcNow();
        using var certificate = request.Create(Ca, now.AddDays(-30), now.AddYears(1), Serial());
        var withKey = certificate.CopyWithPrivateKey(key);
        _issued.Add(withKey);
        return JadesSigningKey.FromCertificate(withKey);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener.
        }

        _stop.Dispose();
        _unrelated.Dispose();
        _delegated.Dispose();
        _delegatedWithoutUsage.Dispose();
        foreach (var certificate in _issued)
        {
            certificate.Dispose();
        }

        Ca.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            var request = await ReadRequestAsync(context.Request).ConfigureAwait(false);
            if (request is not { } parsed)
            {
                context.Response.StatusCode = 400;
                return;
            }

            Requests.Enqueue((context.Request.HttpMethod, context.Request.ContentType, parsed.Nonce is not null));
            if (Answer == OcspAnswer.Slow)
            {
                await Task.Delay(Delay, _time, _stop.Token).ConfigureAwait(false);
            }

            var body = Respond(parsed.CertId, parsed.Nonce);
            context.Response.ContentType = "application/ocsp-response";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body, _stop.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away (a timeout) or the responder is stopping.
        }
        finally
        {
            try
            {
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // Already gone.
            }
        }
    }

    private byte[] Respond(byte[] certId, byte[]? nonce)
    {
        if (Answer == OcspAnswer.TryLater)
        {
            return OcspResponseWriter.Unsuccessful(3);
        }

        var now = _time.GetUtcNow();
        var (thisUpdate, nextUpdate) = Answer == OcspAnswer.Stale ? (now.AddDays(-40), now.AddDays(-33)) : (now.AddMinutes(-1), now.AddHours(12));
        var extensions = new List<byte[]>();
        if (nonce is not null)
        {
            extensions.Add(nonce);
        }

        if (Answer == OcspAnswer.Oversized)
        {
            extensions.Add(OcspResponseWriter.Padding(16 * 1024));
        }

        var status = Answer switch
        {
            OcspAnswer.Revoked => 1,
            OcspAnswer.Unknown => 2,
            _ => 0,
        };
        var id = Answer == OcspAnswer.OtherSerial ? OtherSerial(certId) : certId;
        using var caKey = Ca.GetECDsaPrivateKey()!;
        using var delegatedKey = _delegated.GetECDsaPrivateKey()!;
        using var withoutUsageKey = _delegatedWithoutUsage.GetECDsaPrivateKey()!;
        var (signer, name, certificates) = Answer switch
        {
            OcspAnswer.UnrelatedKey => (_unrelated, Ca.SubjectName, Array.Empty<X509Certificate2>()),
            OcspAnswer.Delegated => (delegatedKey, _delegated.SubjectName, [_delegated]),
            OcspAnswer.DelegatedWithoutOcspSigning => (withoutUsageKey, _delegatedWithoutUsage.SubjectName, [_delegatedWithoutUsage]),
            _ => (caKey, Ca.SubjectName, Array.Empty<X509Certificate2>()),
        };
        return OcspResponseWriter.Write(id, status, RevokedAt, thisUpdate, nextUpdate, signer, name, certificates, extensions);
    }

    private static async Task<(byte[] CertId, byte[]? Nonce)?> ReadRequestAsync(HttpListenerRequest request)
    {
        byte[] der;
        if (request.HttpMethod == "POST")
        {
            using var buffer = new MemoryStream();
            await request.InputStream.CopyToAsync(buffer).ConfigureAwait(false);
            der = buffer.ToArray();
        }
        else
        {
            var encoded = Uri.UnescapeDataString(request.Url!.AbsolutePath.TrimStart('/'));
            encoded = encoded.StartsWith("ocsp/", StringComparison.Ordinal) ? encoded["ocsp/".Length..] : encoded;
            der = Convert.FromBase64String(encoded);
        }

        try
        {
            // RFC 6960 §4.1.1: OCSPRequest { tbsRequest { [0] version, [1] requestorName, requestList, [2] requestExtensions } }.
            var tbs = new AsnReader(der, AsnEncodingRules.DER).ReadSequence().ReadSequence();
            foreach (var optional in new[] { 0, 1 })
            {
                if (tbs.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, optional, true)))
                {
                    tbs.ReadEncodedValue();
                }
            }

            var first = tbs.ReadSequence().ReadSequence();
            var certId = first.ReadEncodedValue().ToArray();
            byte[]? nonce = null;
            if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 2, true)))
            {
                var extensions = tbs.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 2, true)).ReadSequence();
                while (extensions.HasData)
                {
                    var extension = extensions.ReadEncodedValue();
                    if (new AsnReader(extension, AsnEncodingRules.DER).ReadSequence().ReadObjectIdentifier() == NonceOid)
                    {
                        nonce = extension.ToArray();
                    }
                }
            }

            return (certId, nonce);
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    private static byte[] OtherSerial(byte[] certId)
    {
        var reader = new AsnReader(certId, AsnEncodingRules.DER).ReadSequence();
        var algorithm = reader.ReadEncodedValue();
        var nameHash = reader.ReadEncodedValue();
        var keyHash = reader.ReadEncodedValue();
        var serial = reader.ReadInteger();
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteEncodedValue(algorithm.Span);
            writer.WriteEncodedValue(nameHash.Span);
            writer.WriteEncodedValue(keyHash.Span);
            writer.WriteInteger(serial + BigInteger.One);
        }

        return writer.Encode();
    }

    private X509Certificate2 Responder(string name, bool ocspSigning)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ocspSigning ? "1.3.6.1.5.5.7.3.9" : "1.3.6.1.5.5.7.3.2")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Ca, true, false));
        var now = _time.GetUtcNow();
        using var certificate = request.Create(Ca, now.AddDays(-30), now.AddYears(1), Serial());
        return certificate.CopyWithPrivateKey(key);
    }

    private static byte[] Serial()
    {
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        return serial;
    }

    /// <summary>A loopback port that was free a moment ago.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
