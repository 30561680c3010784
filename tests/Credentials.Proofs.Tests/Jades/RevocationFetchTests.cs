using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Jades;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>
/// Revocation of the whole chain below the anchor (seal certificate and issuing CA), and revocation data fetched
/// through <see cref="RevocationFetcher"/> when the seal carries none: only from allowed hosts, cached until nextUpdate.
/// </summary>
public sealed class RevocationFetchTests : IDisposable
{
    private const string Host = "pki.test.example";
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri SealOcsp = new($"http://{Host}/ocsp");
    private static readonly Uri CaCrl = new($"http://{Host}/ca.crl");
    private static readonly Uri RootCrl = new($"http://{Host}/root.crl");

    private readonly X509Certificate2 _root = TestPki.Root("CN=Fetch Root, O=Test, C=FI", Now);
    private readonly X509Certificate2 _ca;
    private readonly X509Certificate2 _seal;
    private readonly FixedTimeProvider _clock = new(Now);
    private readonly FakeTransport _transport = new();

    public RevocationFetchTests()
    {
        _ca = TestPki.Ca("CN=Fetch Issuing CA, O=Test, C=FI", _root, Now, CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([RootCrl.AbsoluteUri]));
        _seal = TestPki.Seal(_ca, Now.AddYears(-1), Now.AddYears(1),
            new X509AuthorityInformationAccessExtension([SealOcsp.AbsoluteUri], null),
            CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([CaCrl.AbsoluteUri]));
    }

    [Fact]
    public async Task VerifyAsync_NoRValsOcspAndCrlFetched_WholeChainNotRevoked()
    {
        _transport.Serve(SealOcsp, TestOcsp.Response(_ca, _seal, Now.AddMinutes(-10), Now.AddHours(6)));
        _transport.Serve(RootCrl, SealRevocation.Crl(_root, Now.AddHours(-1)));

        var result = await JadesVerifier.VerifyAsync(Seal(), Options([Host]));

        result.Revocation.Should().Be(JadesOutcome.Passed, result.RevocationMessage);
        result.RevocationMessage.Should().Contain("OCSP response").And.Contain("1 CA certificate(s) above it");
        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
        _transport.Requests.Should().Contain(r => r.Url == SealOcsp && r.MediaType == "application/ocsp-request" && r.Body != null && r.Body[0] == 0x30);
    }

    [Fact]
    public async Task VerifyAsync_HostNotAllowed_NothingFetchedRevocationUnknown()
    {
        _transport.Serve(SealOcsp, TestOcsp.Response(_ca, _seal, Now.AddMinutes(-10), Now.AddHours(6)));

        var result = await JadesVerifier.VerifyAsync(Seal(), Options(["other.example"]));

        _transport.Requests.Should().BeEmpty();
        result.Revocation.Should().Be(JadesOutcome.Indeterminate);
        result.RevocationCode.Should().Be(CheckCodes.ProofRevocationUnknown);
        result.RevocationMessage.Should().Contain($"{Host} are not among the allowed revocation hosts");
    }

    [Fact]
    public async Task VerifyAsync_FetchedOcspSaysRevoked_CertificateRevokedFailed()
    {
        _transport.Serve(SealOcsp, TestOcsp.Response(_ca, _seal, Now.AddMinutes(-10), Now.AddHours(6), revokedAt: Now.AddDays(-2)));
        _transport.Serve(RootCrl, SealRevocation.Crl(_root, Now.AddHours(-1)));

        var result = await JadesVerifier.VerifyAsync(Seal(), Options([Host]));

        result.Revocation.Should().Be(JadesOutcome.Failed);
        result.RevocationCode.Should().Be(CheckCodes.ProofCertificateRevoked);
    }

    [Fact]
    public async Task VerifyAsync_IssuingCaRevokedInRootCrl_Failed()
    {
        _transport.Serve(CaCrl, SealRevocation.Crl(_ca, Now.AddHours(-1)));
        _transport.Serve(RootCrl, SealRevocation.Crl(_root, Now.AddHours(-1), (_ca, Now.AddDays(-3))));

        var result = await JadesVerifier.VerifyAsync(Seal(), Options([Host]));

        result.Revocation.Should().Be(JadesOutcome.Failed, result.RevocationMessage);
        result.RevocationMessage.Should().Contain("the CA certificate 'CN=Fetch Issuing CA");
    }

    [Fact]
    public void Verify_RValsOnlyForTheSealCertificate_IssuingCaUnknown()
    {
        var carried = SealRevocation.AddCrls(Seal(), SealRevocation.Crl(_ca, Now.AddHours(-1)));

        var result = JadesVerifier.Verify(carried, Options([]));

        result.Revocation.Should().Be(JadesOutcome.Indeterminate);
        result.RevocationMessage.Should().Contain("whether the CA certificate 'CN=Fetch Issuing CA");
    }

    [Fact]
    public async Task VerifyAsync_AgainBeforeNextUpdate_ServedFromCacheThenRefetchedAfter()
    {
        _transport.Serve(SealOcsp, TestOcsp.Response(_ca, _seal, Now.AddMinutes(-10), Now.AddHours(1)));
        _transport.Serve(RootCrl, SealRevocation.Crl(_root, Now.AddHours(-1)));
        var options = Options([Host]);

        await JadesVerifier.VerifyAsync(Seal(), options);
        await JadesVerifier.VerifyAsync(Seal(), options);
        var cached = _transport.Requests.Count(r => r.Url == SealOcsp);
        _clock.Now = Now.AddHours(2);
        _transport.Serve(SealOcsp, TestOcsp.Response(_ca, _seal, Now.AddHours(2).AddMinutes(-1), Now.AddHours(3)));
        await JadesVerifier.VerifyAsync(Seal(), options);

        cached.Should().Be(1);
        _transport.Requests.Count(r => r.Url == SealOcsp).Should().Be(2);
    }

    [Fact]
    public async Task VerifyAsync_ResponseThatDoesNotVerify_NotUsedNotCached()
    {
        using var stranger = TestPki.Root("CN=Fetch Issuing CA, O=Test, C=FI", Now);
        _transport.Serve(SealOcsp, TestOcsp.Response(stranger, _seal, Now.AddMinutes(-10), Now.AddHours(6)));
        var options = Options([Host]);

        var first = await JadesVerifier.VerifyAsync(Seal(), options);
        await JadesVerifier.VerifyAsync(Seal(), options);

        first.Revocation.Should().Be(JadesOutcome.Indeterminate);
        first.RevocationMessage.Should().Contain($"nothing usable came from {Host}");
        _transport.Requests.Count(r => r.Url == SealOcsp).Should().Be(2);
    }

    [Fact]
    public async Task VerifyAsync_TransportHangs_TimeoutGivesRevocationUnknown()
    {
        _transport.Hang = true;
        var options = Options([Host], TimeSpan.FromMilliseconds(200));

        var result = await JadesVerifier.VerifyAsync(Seal(), options);

        result.Revocation.Should().Be(JadesOutcome.Indeterminate);
        _transport.Requests.Should().NotBeEmpty();
    }

    [Fact]
    public async Task VerifyAsync_SizeLimit_IsHandedToTheTransport()
    {
        var options = new JadesVerificationOptions { TrustAnchors = [_root], TimeProvider = _clock, RevocationFetcher = new RevocationFetcher(_transport, [Host], _clock, maxBytes: 4096) };

        await JadesVerifier.VerifyAsync(Seal(), options);

        _transport.Requests.Should().NotBeEmpty().And.OnlyContain(r => r.MaxBytes == 4096);
    }

    public void Dispose()
    {
        _seal.Dispose();
        _ca.Dispose();
        _root.Dispose();
    }

    private string Seal()
    {
        using var key = JadesSigningKey.FromCertificate(_seal, [_ca]);
        return new JadesSealer(new FixedTimeProvider(Now.AddMinutes(-1))).Seal(new JsonObject { ["id"] = "urn:uuid:7c1e" }.ToJsonString(), key);
    }

    private JadesVerificationOptions Options(string[] hosts, TimeSpan? timeout = null) => new()
    {
        TrustAnchors = [_root],
        TimeProvider = _clock,
        RevocationFetcher = new RevocationFetcher(_transport, hosts, _clock, timeout),
    };

    private sealed record Request(Uri Url, byte[]? Body, string? MediaType, int MaxBytes);

    private sealed class FakeTransport : IRevocationTransport
    {
        private readonly ConcurrentDictionary<Uri, byte[]> _served = new();

        public ConcurrentQueue<Request> Requests { get; } = new();

        public bool Hang { get; set; }

        public void Serve(Uri url, byte[] body) => _served[url] = body;

        public async Task<byte[]?> SendAsync(Uri url, byte[]? body, string? mediaType, int maxBytes, CancellationToken cancellationToken)
        {
            Requests.Enqueue(new Request(url, body, mediaType, maxBytes));
            if (Hang)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            return _served.TryGetValue(url, out var served) && served.Length <= maxBytes ? served : null;
        }
    }
}
