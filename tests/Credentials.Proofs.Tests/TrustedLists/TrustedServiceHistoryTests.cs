using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Jades;
using Credentials.Proofs.Tests.Jades;
using Credentials.Proofs.TrustedLists;

namespace Credentials.Proofs.Tests.TrustedLists;

/// <summary>ETSI TS 119 612 §5.5.10: a service is judged by the status that applied at the time, current or from its ServiceHistory.</summary>
public sealed class TrustedServiceHistoryTests : IDisposable
{
    private const string Withdrawn = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn";
    private const string UnderSupervision = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/undersupervision";
    private const string Name = "Test QTSP seal CA";

    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset GrantedFrom = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WithdrawnFrom = Now.AddDays(-30);

    private readonly X509Certificate2 _ca = TestPki.Root("CN=Test QTSP Seal CA, O=Test QTSP, C=FI", Now);
    private readonly TestTsa _tsa = TestTsa.Create(Now);
    private readonly X509Certificate2 _signer;
    private readonly System.Security.Cryptography.RSA _key;

    public TrustedServiceHistoryTests() => (_signer, _key) = TestTrustedList.Signer();

    [Theory]
    [InlineData("2010-01-01", null)]
    [InlineData("2019-06-01", "undersupervision")]
    [InlineData("2020-01-01", "granted")]
    [InlineData("2024-06-01", "granted")]
    [InlineData("2026-12-01", "withdrawn")]
    public void StatusAt_WithdrawnServiceWithHistory_TheStatusWhosePeriodCoversTheTime(string at, string? expected)
    {
        var service = WithdrawnList().Services.Single();

        var status = service.StatusAt(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal));

        status?.StatusName.Should().Be(expected);
        (status is null).Should().Be(expected is null);
    }

    [Fact]
    public void SealServices_WithdrawnServiceWhileItsHistorySaysGranted_IsAnAnchorNamedWithThatStatus()
    {
        var list = WithdrawnList();

        var then = TrustedListAnchors.From([list], new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var now = TrustedListAnchors.From([list], Now);

        then.SealAnchors.Cast<X509Certificate2>().Select(c => c.Thumbprint).Should().Equal(_ca.Thumbprint);
        then.Names[TrustedListAnchors.Key(_ca)].Should().Be($"service '{Name}' (status granted since 2020-01-01) of the FI trusted list (Test Supervisory Body)");
        now.SealAnchors.Count.Should().Be(0, "the service was withdrawn before that time");
    }

    [Fact]
    public void SealServices_HistoryOfAnotherServiceType_NoSealAnchorInThatPeriod()
    {
        var list = TrustedList.Load(TestTrustedList.SignedServices("FI", _key, TestTrustedList.Service(
            Name, TrustedList.QualifiedCa, TrustedList.Granted, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), _ca,
            (TrustedList.QualifiedTimeStamping, TrustedList.Granted, GrantedFrom))), [_signer]);

        var during = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);

        list.SealServices(during).Should().BeEmpty("it was a time-stamping service then");
        list.TimeStampingServices(during).Should().ContainSingle();
        list.SealServices(Now).Should().ContainSingle();
    }

    [Fact]
    public void SealServices_WithdrawnInTheMiddleAndGrantedAgain_NoAnchorWhileWithdrawn()
    {
        var list = TrustedList.Load(TestTrustedList.SignedServices("FI", _key, TestTrustedList.Service(
            Name, TrustedList.QualifiedCa, TrustedList.Granted, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), _ca,
            (TrustedList.QualifiedCa, Withdrawn, new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            (TrustedList.QualifiedCa, TrustedList.Granted, GrantedFrom))), [_signer]);

        list.SealServices(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero)).Should().ContainSingle();
        list.SealServices(new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero)).Should().BeEmpty();
        list.SealServices(Now).Should().ContainSingle();
    }

    [Fact]
    public void StatusAt_HistoryInstanceWithAnUnreadableStart_NeverApplies()
    {
        var service = TestTrustedList.Service(Name, TrustedList.QualifiedCa, Withdrawn, WithdrawnFrom, _ca, (TrustedList.QualifiedCa, TrustedList.Granted, GrantedFrom))
            .Replace("2020-01-01T00:00:00Z", "the first of January", StringComparison.Ordinal);
        var list = TrustedList.Load(TestTrustedList.SignedServices("FI", _key, service), [_signer]);

        var status = list.Services.Single().StatusAt(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));

        status.Should().BeNull();
        list.SealServices(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero)).Should().BeEmpty();
    }

    [Fact]
    public void Load_ServiceWithoutServiceInformation_RefusedInOneSentence()
    {
        var act = () => TrustedList.Load(TestTrustedList.SignedServices("FI", _key, "<TSPService><ServiceHistory/></TSPService>"), [_signer]);

        act.Should().Throw<TrustedListException>().WithMessage("a service in the FI trusted list (Test Supervisory Body) has no ServiceInformation");
    }

    [Fact]
    public void Verify_SealTimeStampedWhileTheServiceWasGranted_TrustedThoughWithdrawnNow()
    {
        var options = Options(WithdrawnList(), tsa: true);

        var result = JadesVerifier.Verify(SealStampedAt(WithdrawnFrom.AddDays(-60)), options);

        result.ProofOfExistence.Should().Be(WithdrawnFrom.AddDays(-60));
        result.Trust.Should().Be(JadesOutcome.Passed, result.TrustMessage);
        result.TrustMessage.Should().Contain($"service '{Name}' (status granted since 2020-01-01) of the FI trusted list (Test Supervisory Body)");
    }

    [Fact]
    public void Verify_SealTimeStampedAfterTheServiceWasWithdrawn_NotTrusted()
    {
        var options = Options(WithdrawnList(), tsa: true);

        var result = JadesVerifier.Verify(SealStampedAt(WithdrawnFrom.AddDays(10)), options);

        result.ProofOfExistence.Should().Be(WithdrawnFrom.AddDays(10));
        result.Trust.Should().Be(JadesOutcome.Indeterminate, result.TrustMessage);
        result.Codes().Should().Contain(CheckCodes.TrustAnchorUnknown);
        result.TrustMessage.Should().Contain($"belongs to the service '{Name}' (status withdrawn since {WithdrawnFrom:yyyy-MM-dd}) of the FI trusted list (Test Supervisory Body), which was not a granted qualified CA for electronic seals");
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Verify_SealWithoutProofOfExistence_JudgedNowWhenTheServiceIsWithdrawn()
    {
        var options = Options(WithdrawnList(), tsa: false);

        var result = JadesVerifier.Verify(SealStampedAt(WithdrawnFrom.AddDays(-60)), options);

        result.ProofOfExistence.Should().BeNull();
        result.Trust.Should().Be(JadesOutcome.Indeterminate, result.TrustMessage);
        result.TrustMessage.Should().Contain("status withdrawn since");
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Verify_SealUnderACaTheListsDoNotName_SaysNoListedServiceWasAnAnchor()
    {
        using var stranger = TestPki.Root("CN=Unlisted CA, O=Other, C=FI", Now);
        var list = TrustedList.Load(TestTrustedList.SignedServices("FI", _key, TestTrustedList.Service(Name, TrustedList.QualifiedCa, TrustedList.Granted, GrantedFrom, stranger)), [_signer]);

        var result = JadesVerifier.Verify(SealStampedAt(Now.AddDays(-60)), Options(list, tsa: true));

        result.Trust.Should().Be(JadesOutcome.Indeterminate, result.TrustMessage);
        result.Codes().Should().Contain(CheckCodes.TrustAnchorUnknown);
    }

    [Fact]
    public void Verify_NoListedServiceGrantedAtTheTime_AnchorUnknownNamingTheLists()
    {
        using var stranger = TestPki.Root("CN=Unlisted CA, O=Other, C=FI", Now);
        var list = TrustedList.Load(TestTrustedList.SignedServices("FI", _key, TestTrustedList.Service("Other", TrustedList.QualifiedCa, Withdrawn, GrantedFrom, stranger)), [_signer]);

        var result = JadesVerifier.Verify(SealStampedAt(Now.AddDays(-60)), Options(list, tsa: true));

        result.Trust.Should().Be(JadesOutcome.Indeterminate, result.TrustMessage);
        result.Codes().Should().Contain(CheckCodes.TrustAnchorUnknown).And.NotContain(CheckCodes.TrustNoAnchor);
        result.TrustMessage.Should().Contain("leads to no service of the configured trusted lists (FI trusted list (Test Supervisory Body)) that was a granted qualified CA for electronic seals");
    }

    [Fact]
    public void Verify_TsaFromTheListGrantedAtTheTimeStamp_TimeStampValidatedWithTheListNamed()
    {
        var list = TrustedList.Load(TestTrustedList.SignedServices(
            "FI",
            _key,
            TestTrustedList.Service(Name, TrustedList.QualifiedCa, TrustedList.Granted, GrantedFrom, _ca),
            TestTrustedList.Service("Test QTSP time-stamping", TrustedList.QualifiedTimeStamping, Withdrawn, WithdrawnFrom, _tsa.Root, (TrustedList.QualifiedTimeStamping, TrustedList.Granted, GrantedFrom))), [_signer]);
        var options = new JadesVerificationOptions { TrustedLists = [list], TimeProvider = new FixedTimeProvider(Now) };

        var before = JadesVerifier.Verify(SealStampedAt(WithdrawnFrom.AddDays(-60)), options);
        var after = JadesVerifier.Verify(SealStampedAt(WithdrawnFrom.AddDays(1)), options);

        before.TimeStamp.Should().Be(JadesOutcome.Passed, before.TimeStampMessage);
        before.TimeStampMessage.Should().Contain("service 'Test QTSP time-stamping' (status granted since 2020-01-01)");
        before.Trust.Should().Be(JadesOutcome.Passed, before.TrustMessage);
        after.TimeStamp.Should().Be(JadesOutcome.Indeterminate, "the time-stamping service was withdrawn when it stamped");
        after.ProofOfExistence.Should().BeNull();
        after.TimeStampMessage.Should().Contain("service 'Test QTSP time-stamping' (status withdrawn since").And.Contain("not a granted qualified time-stamping service");
    }

    public void Dispose()
    {
        _ca.Dispose();
        _tsa.Dispose();
        _signer.Dispose();
        _key.Dispose();
    }

    private TrustedList WithdrawnList() => TrustedList.Load(TestTrustedList.SignedServices("FI", _key, TestTrustedList.Service(
        Name, TrustedList.QualifiedCa, Withdrawn, WithdrawnFrom, _ca,
        (TrustedList.QualifiedCa, TrustedList.Granted, GrantedFrom),
        (TrustedList.QualifiedCa, UnderSupervision, new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero)))), [_signer]);

    private JadesVerificationOptions Options(TrustedList list, bool tsa) => new()
    {
        TrustedLists = [list],
        TsaTrustAnchors = tsa ? [_tsa.Root] : [],
        TimeProvider = new FixedTimeProvider(Now),
    };

    private string SealStampedAt(DateTimeOffset at)
    {
        using var seal = TestPki.Seal(_ca, at.AddDays(-10), at.AddDays(20));
        using var key = JadesSigningKey.FromCertificate(seal);
        var sealed_ = new JadesSealer(new FixedTimeProvider(at.AddMinutes(-1))).Seal("{\"id\":\"urn:uuid:1\"}", key);
        return _tsa.Stamp(sealed_, at);
    }
}
