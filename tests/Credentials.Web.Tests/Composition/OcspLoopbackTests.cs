using Credentials.Proofs.Findings;
using Credentials.Proofs.Jades;
using Credentials.TestKit;
using Credentials.TestKit.Revocation;
using Credentials.Web.Composition;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Composition;

/// <summary>
/// Seal revocation fetched over real HTTP from a loopback RFC 6960 OCSP responder that signs its answers here: good,
/// revoked, unknown, signed by an unrelated key or by a delegated responder with or without id-kp-OCSPSigning, stale,
/// for another serial, tryLater, oversized and slow; through the HTTP adapter the service wires, and through the service
/// itself with <c>RevocationFetch:AllowedHosts</c>, <c>MaxBytes</c> and <c>FetchTimeoutSeconds</c>.
/// </summary>
public sealed class OcspLoopbackTests : IDisposable
{
    private readonly LoopbackOcspResponder _responder = new("CN=OCSP Loopback CA, O=Test, C=FI", TimeProvider.System);
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private readonly JadesSigningKey _key;

    public OcspLoopbackTests() => _key = _responder.IssueSeal();

    [Theory]
    [InlineData(OcspAnswer.Good, JadesOutcome.Passed, null)]
    [InlineData(OcspAnswer.Delegated, JadesOutcome.Passed, null)]
    [InlineData(OcspAnswer.Revoked, JadesOutcome.Failed, CheckCodes.ProofCertificateRevoked)]
    [InlineData(OcspAnswer.Unknown, JadesOutcome.Indeterminate, CheckCodes.ProofRevocationUnknown)]
    [InlineData(OcspAnswer.UnrelatedKey, JadesOutcome.Indeterminate, CheckCodes.ProofRevocationUnknown)]
    [InlineData(OcspAnswer.DelegatedWithoutOcspSigning, JadesOutcome.Indeterminate, CheckCodes.ProofRevocationUnknown)]
    [InlineData(OcspAnswer.Stale, JadesOutcome.Indeterminate, CheckCodes.ProofRevocationUnknown)]
    [InlineData(OcspAnswer.OtherSerial, JadesOutcome.Indeterminate, CheckCodes.ProofRevocationUnknown)]
    [InlineData(OcspAnswer.TryLater, JadesOutcome.Indeterminate, CheckCodes.ProofRevocationUnknown)]
    public async Task VerifyAsync_LoopbackResponderAnswers_JudgedFromTheSignedResponse(OcspAnswer answer, JadesOutcome expected, string? code)
    {
        _responder.Answer = answer;
        _responder.RevokedAt = DateTimeOffset.UtcNow.AddDays(-1);

        var result = await JadesVerifier.VerifyAsync(Seal(), Options());

        result.Revocation.Should().Be(expected, result.RevocationMessage);
        result.RevocationCode.Should().Be(code);
        result.RevocationMessage.Should().Contain(answer switch
        {
            OcspAnswer.Stale => "the revocation data (OCSP response of",
            _ when expected == JadesOutcome.Indeterminate => "nothing usable came from 127.0.0.1",
            _ => "OCSP response",
        });
        _responder.Requests.Should().ContainSingle().Which.Should().Be(("POST", "application/ocsp-request", false), "RFC 5019: one unsigned POST without a nonce");
    }

    [Fact]
    public async Task VerifyAsync_RevokedAfterTheSealWasJudged_StillRevokedNowWithTheTime()
    {
        _responder.Answer = OcspAnswer.Revoked;
        _responder.RevokedAt = DateTimeOffset.UtcNow.AddMinutes(-3);

        var result = await JadesVerifier.VerifyAsync(Seal(), Options());

        result.Revocation.Should().Be(JadesOutcome.Failed);
        result.RevocationMessage.Should().Contain($"was revoked on {_responder.RevokedAt:yyyy-MM-ddTHH:mm:ss}");
    }

    [Fact]
    public async Task VerifyAsync_OversizedResponse_RefusedUnderTheLimitAcceptedAboveIt()
    {
        _responder.Answer = OcspAnswer.Oversized;

        var limited = await JadesVerifier.VerifyAsync(Seal(), Options(maxBytes: 4096));
        var roomy = await JadesVerifier.VerifyAsync(Seal(), Options(maxBytes: 64 * 1024));

        limited.Revocation.Should().Be(JadesOutcome.Indeterminate, "the 16 KiB response is over the 4 KiB limit");
        roomy.Revocation.Should().Be(JadesOutcome.Passed, "the same response is valid, only large: " + roomy.RevocationMessage);
    }

    [Fact]
    public async Task VerifyAsync_SlowResponder_TimesOutAsUnknownWithoutWaitingForIt()
    {
        _responder.Answer = OcspAnswer.Slow;
        var started = DateTimeOffset.UtcNow;

        var result = await JadesVerifier.VerifyAsync(Seal(), Options(timeout: TimeSpan.FromMilliseconds(500)));

        result.Revocation.Should().Be(JadesOutcome.Indeterminate);
        (DateTimeOffset.UtcNow - started).Should().BeLessThan(_responder.Delay);
    }

    [Fact]
    public async Task VerifyAsync_SecondVerificationBeforeNextUpdate_DoesNotFetchAgain()
    {
        var options = Options();

        var first = await JadesVerifier.VerifyAsync(Seal(), options);
        var second = await JadesVerifier.VerifyAsync(Seal(), options);

        first.Revocation.Should().Be(JadesOutcome.Passed);
        second.Revocation.Should().Be(JadesOutcome.Passed);
        _responder.Requests.Should().ContainSingle("the response is kept by issuer and serial until its nextUpdate");
    }

    [Theory]
    [InlineData(OcspAnswer.Good, CheckCodes.ProofValid)]
    [InlineData(OcspAnswer.Revoked, CheckCodes.ProofCertificateRevoked)]
    [InlineData(OcspAnswer.Unknown, CheckCodes.ProofRevocationUnknown)]
    [InlineData(OcspAnswer.Oversized, CheckCodes.ProofRevocationUnknown)]
    [InlineData(OcspAnswer.Slow, CheckCodes.ProofRevocationUnknown)]
    public async Task VerifyEndpoint_ServiceConfiguredForTheResponder_ReportsItsAnswer(OcspAnswer answer, string code)
    {
        _responder.Answer = answer;
        _responder.RevokedAt = DateTimeOffset.UtcNow.AddDays(-1);
        var dir = Directory.CreateTempSubdirectory("credentials-ocsp-").FullName;
        var anchors = Path.Combine(dir, "seal-anchors.pem");
        File.WriteAllText(anchors, _responder.Ca.ExportCertificatePem());
        using var factory = new WebFactory();
        factory.Settings["Credentials:SealTrustAnchorsPath"] = anchors;
        factory.Settings["Credentials:RevocationFetch:AllowedHosts:0"] = "127.0.0.1";
        factory.Settings["Credentials:RevocationFetch:MaxBytes"] = "4096";
        factory.Settings["Credentials:FetchTimeoutSeconds"] = "1";
        using var client = factory.CreateClient();
        var credential = System.Text.Json.Nodes.JsonNode.Parse(new JadesSealer(TimeProvider.System).Seal(TestCredentials.Elm(Samples.Northern, TestKeys.Northern).ToJsonString(), _key))!;

        var (status, report) = await Api.VerifyAsync(client, credential);

        Api.Codes(report).Should().Contain(code, $"{status}: {report.ToJsonString()}");
        _responder.Requests.Should().NotBeEmpty();
        Directory.Delete(dir, recursive: true);
    }

    public void Dispose()
    {
        _key.Dispose();
        _http.Dispose();
        _responder.Dispose();
    }

    private string Seal() => new JadesSealer(TimeProvider.System).Seal("{\"id\":\"urn:uuid:7c1e\"}", _key);

    private JadesVerificationOptions Options(int maxBytes = 1024 * 1024, TimeSpan? timeout = null) => new()
    {
        TrustAnchors = [_responder.Ca],
        RevocationFetcher = new RevocationFetcher(new HttpRevocationTransport(_http), ["127.0.0.1"], TimeProvider.System, timeout, maxBytes),
    };
}
