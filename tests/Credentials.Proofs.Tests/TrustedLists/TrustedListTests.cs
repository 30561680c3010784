using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.Jades;
using Credentials.Proofs.Tests.Jades;
using Credentials.Proofs.TrustedLists;

namespace Credentials.Proofs.Tests.TrustedLists;

public sealed class TrustedListTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private readonly X509Certificate2 _ca = TestPki.Root("CN=Test QTSP Seal CA, O=Test QTSP, C=FI", Now);
    private readonly X509Certificate2 _withdrawnCa = TestPki.Root("CN=Old CA, O=Test QTSP, C=FI", Now);
    private readonly TestTsa _tsa = TestTsa.Create(Now);
    private readonly X509Certificate2 _signer;
    private readonly System.Security.Cryptography.RSA _key;

    public TrustedListTests() => (_signer, _key) = TestTrustedList.Signer();

    [Fact]
    public void Load_SignedList_TakesGrantedQualifiedCaAndTsaServices()
    {
        var list = TrustedList.Load(ListXml(), [_signer]);

        var anchors = TrustedListAnchors.From([list], Now);

        list.Name.Should().Be("FI trusted list (Test Supervisory Body)");
        list.Services.Should().HaveCount(3);
        anchors.SealAnchors.Cast<X509Certificate2>().Select(c => c.Thumbprint).Should().Equal(_ca.Thumbprint);
        anchors.TsaAnchors.Cast<X509Certificate2>().Select(c => c.Thumbprint).Should().Equal(_tsa.Root.Thumbprint);
        anchors.Names[TrustedListAnchors.Key(_ca)].Should().Be("service 'Test QTSP qualified seal CA' (status granted since 2016-07-01) of the FI trusted list (Test Supervisory Body)");
    }

    [Fact]
    public void Load_ChangedAfterSigning_Refused()
    {
        var tampered = ListXml().Replace("Test QTSP qualified seal CA", "Impostor seal CA", StringComparison.Ordinal);

        var act = () => TrustedList.Load(tampered, [_signer]);

        act.Should().Throw<TrustedListException>().WithMessage("*does not verify*");
    }

    [Fact]
    public void Load_SignedByAnotherKey_Refused()
    {
        var (other, key) = TestTrustedList.Signer();
        using (other)
        using (key)
        {
            var act = () => TrustedList.Load(ListXml(), [other]);

            act.Should().Throw<TrustedListException>().WithMessage("*does not verify with any configured trusted-list signer*");
        }
    }

    [Fact]
    public void Load_NotATrustedList_Refused()
    {
        var act = () => TrustedList.Load("<html/>", [_signer]);

        act.Should().Throw<TrustedListException>().WithMessage("*not an ETSI TS 119 612 trusted list*");
    }

    [Fact]
    public void Verify_SealUnderTrustedListService_TrustedWithTheListNamed()
    {
        var anchors = TrustedListAnchors.From([TrustedList.Load(ListXml(), [_signer])], Now);
        using var seal = TestPki.Seal(_ca, Now.AddDays(-10), Now.AddDays(300));
        using var key = JadesSigningKey.FromCertificate(seal);
        var sealed_ = new JadesSealer(new FixedTimeProvider(Now.AddMinutes(-5))).Seal("{\"id\":\"urn:uuid:1\"}", key);
        var stamped = _tsa.Stamp(sealed_, Now.AddMinutes(-4));
        var options = new JadesVerificationOptions { TrustAnchors = anchors.SealAnchors, TsaTrustAnchors = anchors.TsaAnchors, AnchorNames = anchors.Names, TimeProvider = new FixedTimeProvider(Now) };

        var result = JadesVerifier.Verify(SealRevocation.AddCrls(stamped, SealRevocation.Crl(_ca, Now.AddMinutes(-3))), options);

        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
        result.TrustMessage.Should().Contain("FI trusted list (Test Supervisory Body)").And.Contain("Test QTSP qualified seal CA").And.Contain("granted");
        result.TimeStampMessage.Should().Contain("Test QTSP time-stamping");
    }

    public void Dispose()
    {
        _ca.Dispose();
        _withdrawnCa.Dispose();
        _tsa.Dispose();
        _signer.Dispose();
        _key.Dispose();
    }

    private string ListXml() => TestTrustedList.Signed(
        _key,
        ("Test QTSP qualified seal CA", TrustedList.QualifiedCa, TrustedList.Granted, _ca),
        ("Test QTSP old CA", TrustedList.QualifiedCa, "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn", _withdrawnCa),
        ("Test QTSP time-stamping", TrustedList.QualifiedTimeStamping, TrustedList.Granted, _tsa.Root));
}
