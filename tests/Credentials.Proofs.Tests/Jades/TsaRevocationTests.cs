using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Jades;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>
/// The signature time-stamp's TSA certificate is checked for revocation like the seal's (ETSI EN 319 102-1): revoked
/// before the time-stamp's genTime, the time-stamp is no proof of existence and the seal is judged now; unknown, the
/// time-stamp is used but the seal is not verified, with its own code.
/// </summary>
public sealed class TsaRevocationTests : IDisposable
{
    private const string Host = "tsa-ocsp.test.example";
    private static readonly DateTimeOffset ValidFrom = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ValidTo = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Sealed = new(2020, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Stamped = Sealed.AddMinutes(1);
    private static readonly DateTimeOffset Today = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri TsaOcsp = new($"http://{Host}/ocsp");

    private readonly X509Certificate2 _root = TestPki.Root("CN=Seal Root, O=Test, C=FI", Sealed);
    private readonly X509Certificate2 _seal;
    private readonly TestTsa _tsa = TestTsa.Create(Sealed, true, new X509AuthorityInformationAccessExtension([TsaOcsp.AbsoluteUri], null));

    public TsaRevocationTests() => _seal = TestPki.Seal(_root, ValidFrom, ValidTo);

    [Fact]
    public void Verify_TokenCarriesItsRootsCrlNotRevoking_TsaRevocationPassedAndVerified()
    {
        var result = JadesVerifier.Verify(Stamp(), Options());

        result.TimeStampRevocation.Should().Be(JadesOutcome.Passed, result.TimeStampRevocationMessage);
        result.TimeStampRevocationMessage.Should().Contain("the time-stamping authority's certificate 'CN=Test TSA").And.Contain("CRL of 2020-06-01T00:01:00Z");
        result.TimeStampMessage.Should().Contain("was not revoked");
        result.ProofOfExistence.Should().Be(Stamped);
        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
    }

    [Fact]
    public void Verify_TsaRevokedBeforeGenTime_NoProofOfExistenceSealJudgedNow()
    {
        _tsa.TokenRevocation = [_tsa.RootCrl(Stamped.AddHours(1), revokedAt: Stamped.AddDays(-1))];

        var result = JadesVerifier.Verify(Stamp(), Options());

        result.TimeStamp.Should().Be(JadesOutcome.Failed);
        result.TimeStampRevocation.Should().Be(JadesOutcome.Failed);
        result.TimeStampMessage.Should().Contain("no proof of existence").And.Contain("was revoked on 2020-05-31");
        result.ProofOfExistence.Should().BeNull();
        result.Codes().Should().Contain(CheckCodes.ProofTimestampAuthorityRevoked).And.Contain(CheckCodes.ProofNoProofOfExistence);
        result.CertificateValidity.Should().Be(JadesOutcome.Indeterminate, "the seal certificate expired in 2021 and is now judged today");
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Verify_TsaRevokedAfterGenTime_TimeStampStillTheProofOfExistence()
    {
        _tsa.TokenRevocation = [_tsa.RootCrl(Stamped.AddDays(2), revokedAt: Stamped.AddDays(1))];

        var result = JadesVerifier.Verify(Stamp(), Options());

        result.TimeStampRevocation.Should().Be(JadesOutcome.Passed, result.TimeStampRevocationMessage);
        result.TimeStampRevocationMessage.Should().Contain("revoked later, on 2020-06-02");
        result.ProofOfExistence.Should().Be(Stamped);
        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
    }

    [Fact]
    public void Verify_NoStatusForTheTsa_TimeStampUsedButIndeterminateWithItsOwnCode()
    {
        _tsa.TokenRevocation = [];

        var result = JadesVerifier.Verify(Stamp(), Options());

        result.TimeStamp.Should().Be(JadesOutcome.Passed, result.TimeStampMessage);
        result.ProofOfExistence.Should().Be(Stamped);
        result.CertificateValidity.Should().Be(JadesOutcome.Passed, result.CertificateValidityMessage);
        result.TimeStampRevocation.Should().Be(JadesOutcome.Indeterminate);
        result.TimeStampRevocationCode.Should().Be(CheckCodes.ProofTimestampRevocationUnknown);
        result.TimeStampRevocationMessage.Should().Contain("whether the time-stamping authority's certificate 'CN=Test TSA");
        result.Codes().Should().Contain(CheckCodes.ProofTimestampRevocationUnknown);
        result.IsVerified.Should().BeFalse();
        JadesFindings.Integrity(result).Should().ContainSingle(f => f.Code == CheckCodes.ProofTimestampRevocationUnknown && f.Outcome == CheckOutcome.Indeterminate)
            .And.NotContain(f => f.Outcome == CheckOutcome.Passed);
    }

    [Theory]
    [InlineData(false, JadesOutcome.Passed)]
    [InlineData(true, JadesOutcome.Failed)]
    public void Verify_TokenCarriesAnOcspResponseForItsTsa_ItDecides(bool revoked, JadesOutcome expected)
    {
        var response = TestOcsp.Response(_tsa.Root, _tsa.Certificate, Stamped.AddSeconds(30), Stamped.AddDays(1), revoked ? Stamped.AddDays(-10) : null);
        _tsa.TokenRevocation = [TestTsa.OcspInfo(response)];

        var result = JadesVerifier.Verify(Stamp(), Options());

        result.TimeStampRevocation.Should().Be(expected, result.TimeStampRevocationMessage);
        result.TimeStampRevocationMessage.Should().Contain("OCSP response");
    }

    [Fact]
    public void Verify_TsaStatusOnlyBeforeAndExpiredAtGenTime_Unknown()
    {
        var stale = _tsa.RootCrl(Stamped.AddDays(-60));
        _tsa.TokenRevocation = [stale];

        var result = JadesVerifier.Verify(Stamp(), Options());

        result.TimeStampRevocation.Should().Be(JadesOutcome.Indeterminate, "the CRL's nextUpdate (30 days) passed before the time-stamp");
        result.TimeStampRevocationMessage.Should().Contain("is older than 2020-06-01T00:01:00Z, the time-stamp's time");
    }

    [Fact]
    public void Verify_TsaCrlSignedByAnotherKey_NotCounted()
    {
        using var stranger = TestPki.Root("CN=Test TSA Root, O=Test, C=FI", Sealed);
        _tsa.TokenRevocation = [SealRevocation.Crl(stranger, Stamped)];

        var result = JadesVerifier.Verify(Stamp(), Options());

        result.TimeStampRevocation.Should().Be(JadesOutcome.Indeterminate);
        result.TimeStampRevocationMessage.Should().Contain("none of the CRLs or OCSP responses at hand is signed for it by its issuer");
    }

    [Fact]
    public void Verify_TsaStatusInTheSealsRVals_Passed()
    {
        _tsa.TokenRevocation = [];
        var carried = SealRevocation.AddCrls(Stamp(), _tsa.RootCrl(Stamped.AddMinutes(2)));

        var result = JadesVerifier.Verify(carried, Options());

        result.TimeStampRevocation.Should().Be(JadesOutcome.Passed, result.TimeStampRevocationMessage);
        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
    }

    [Fact]
    public void Verify_TsaRevokedInTheSealsTstVD_Failed()
    {
        _tsa.TokenRevocation = [];
        var carried = AddTstVd(Stamp(), _tsa.RootCrl(Stamped.AddMinutes(2), revokedAt: Stamped.AddMinutes(-5)));

        var result = JadesVerifier.Verify(carried, Options());

        result.TimeStampRevocation.Should().Be(JadesOutcome.Failed, result.TimeStampRevocationMessage);
        result.Codes().Should().Contain(CheckCodes.ProofTimestampAuthorityRevoked);
    }

    [Fact]
    public void Verify_TsaCertificateItselfTheAnchor_NotApplicable()
    {
        _tsa.TokenRevocation = [];

        var result = JadesVerifier.Verify(Stamp(), Options(tsaAnchor: _tsa.Certificate));

        result.TimeStampRevocation.Should().Be(JadesOutcome.Passed);
        result.TimeStampRevocationMessage.Should().StartWith("not applicable");
    }

    [Fact]
    public async Task VerifyAsync_TsaStatusFetchedFromItsOcspResponder_DecidesBothWays()
    {
        _tsa.TokenRevocation = [];
        var transport = new OneResponder(TsaOcsp, TestOcsp.Response(_tsa.Root, _tsa.Certificate, Today.AddMinutes(-5), Today.AddHours(4)));
        var options = Options(fetcher: new RevocationFetcher(transport, [Host], new FixedTimeProvider(Today)));

        var good = await JadesVerifier.VerifyAsync(Stamp(), options);
        transport.Body = TestOcsp.Response(_tsa.Root, _tsa.Certificate, Today.AddMinutes(-5), Today.AddHours(4), revokedAt: Stamped.AddDays(-2));
        var revoked = await JadesVerifier.VerifyAsync(Stamp(), Options(fetcher: new RevocationFetcher(transport, [Host], new FixedTimeProvider(Today))));

        good.TimeStampRevocation.Should().Be(JadesOutcome.Passed, good.TimeStampRevocationMessage);
        good.TimeStampRevocationMessage.Should().Contain("OCSP response of 2026-12-03T11:55:00Z");
        good.IsVerified.Should().BeTrue(string.Join("; ", good.Problems));
        revoked.TimeStampRevocation.Should().Be(JadesOutcome.Failed, revoked.TimeStampRevocationMessage);
        revoked.ProofOfExistence.Should().BeNull();
        transport.Asked.Should().Be(2);
    }

    [Fact]
    public void Verify_OfficialSample_ItsTsaCheckedAgainstTheRootCrlItCarries()
    {
        var options = new JadesVerificationOptions { TrustAnchors = [EuropassSample.IssuingCa()], TsaTrustAnchors = [EuropassSample.TsaRoot()], TimeProvider = new FixedTimeProvider(Today) };

        var result = JadesVerifier.Verify(EuropassSample.Text, options);

        result.TimeStampRevocation.Should().Be(JadesOutcome.Passed, result.TimeStampRevocationMessage);
        result.TimeStampRevocationMessage.Should().Contain("CN=good-tsa").And.Contain("CRL of 2023-09-26T12:12:17Z signed for ").And.Contain("CN=root-ca'");
    }

    public void Dispose()
    {
        _seal.Dispose();
        _root.Dispose();
        _tsa.Dispose();
    }

    private static string AddTstVd(string sealJson, byte[] crl)
    {
        var root = JsonNode.Parse(sealJson)!;
        var entry = new JsonObject { ["tstVD"] = new JsonObject { ["rVals"] = new JsonObject { ["crlVals"] = new JsonArray(new JsonObject { ["val"] = Convert.ToBase64String(crl) }) } } };
        root["signatures"]![0]!["header"]!["etsiU"]!.AsArray().Add(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(entry.ToJsonString())));
        return root.ToJsonString();
    }

    private string Stamp()
    {
        using var key = JadesSigningKey.FromCertificate(_seal);
        var sealed_ = new JadesSealer(new FixedTimeProvider(Sealed)).Seal(new JsonObject { ["id"] = "urn:uuid:7c1e" }.ToJsonString(), key);
        return SealRevocation.AddCrls(_tsa.Stamp(sealed_, Stamped), SealRevocation.Crl(_root, Stamped));
    }

    private JadesVerificationOptions Options(X509Certificate2? tsaAnchor = null, RevocationFetcher? fetcher = null) => new()
    {
        TrustAnchors = [_root],
        TsaTrustAnchors = [tsaAnchor ?? _tsa.Root],
        TimeProvider = new FixedTimeProvider(Today),
        RevocationFetcher = fetcher,
    };

    private sealed class OneResponder(Uri url, byte[] body) : IRevocationTransport
    {
        private int _asked;

        public byte[] Body { get; set; } = body;

        public int Asked => _asked;

        public Task<byte[]?> SendAsync(Uri requested, byte[]? request, string? mediaType, int maxBytes, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _asked);
            return Task.FromResult(requested == url && request is not null ? Body : null);
        }
    }
}
