using Credentials.Proofs.Findings;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.Jades;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>
/// Long-term validation of seals (ETSI EN 319 102-1): the certificate is judged at the best proof of existence — a
/// validated signature time-stamp — and never at the signer's own <c>sigT</c> alone.
/// </summary>
public sealed class SealValidityTests : IDisposable
{
    private static readonly DateTimeOffset ValidFrom = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ValidTo = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BackDated = new(2020, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Today = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private readonly X509Certificate2 _root = TestPki.Root("CN=Seal Root, O=Test, C=FI", BackDated);
    private readonly X509Certificate2 _seal;
    private readonly TestTsa _tsa = TestTsa.Create(BackDated);

    public SealValidityTests() => _seal = TestPki.Seal(_root, ValidFrom, ValidTo);

    [Fact]
    public void Verify_BackDatedSealOfExpiredCertificateWithoutTimeStamp_NotVerifiedNoProofOfExistence()
    {
        var sealed_ = SealAt(BackDated, Payload(null));

        var result = JadesVerifier.Verify(sealed_, Options(tsaAnchors: []));

        result.Integrity.Should().Be(JadesOutcome.Passed, result.IntegrityMessage);
        result.CertificateValidity.Should().Be(JadesOutcome.Indeterminate);
        result.CertificateValidityMessage.Should().Contain("cannot show the seal was made while its certificate was valid");
        result.Codes().Should().Contain(CheckCodes.ProofNoProofOfExistence);
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Verify_BackDatedSealOfCredentialIssuedLater_IssuedAfterSealFailed()
    {
        var sealed_ = SealAt(BackDated, Payload("2026-11-01T10:00:00Z"));

        var result = JadesVerifier.Verify(sealed_, Options(tsaAnchors: []));

        result.CertificateValidity.Should().Be(JadesOutcome.Failed);
        result.Codes().Should().Contain(CheckCodes.ProofIssuedAfterSeal);
    }

    [Fact]
    public void Verify_ValidatedTimeStampWhileCertificateValid_Verified()
    {
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload("2020-05-31T10:00:00Z")), BackDated.AddMinutes(1));
        var withCrl = SealRevocation.AddCrls(stamped, SealRevocation.Crl(_root, BackDated.AddMinutes(1)));

        var result = JadesVerifier.Verify(withCrl, Options(tsaAnchors: [_tsa.Root]));

        result.TimeStamp.Should().Be(JadesOutcome.Passed, result.TimeStampMessage);
        result.ProofOfExistence.Should().Be(BackDated.AddMinutes(1));
        result.TimeStampAuthority.Should().Contain("CN=Test TSA");
        result.CertificateValidity.Should().Be(JadesOutcome.Passed, result.CertificateValidityMessage);
        result.Trust.Should().Be(JadesOutcome.Passed, result.TrustMessage);
        result.Revocation.Should().Be(JadesOutcome.Passed, result.RevocationMessage);
        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
    }

    [Fact]
    public void Verify_TimeStampOfUnconfiguredTsa_NotAProofOfExistence()
    {
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null)), BackDated.AddMinutes(1));

        var result = JadesVerifier.Verify(stamped, Options(tsaAnchors: []));

        result.TimeStamp.Should().Be(JadesOutcome.Indeterminate);
        result.ProofOfExistence.Should().BeNull();
        result.TimeStampTime.Should().Be(BackDated.AddMinutes(1));
        result.Codes().Should().Contain([CheckCodes.ProofTimestampUnverified, CheckCodes.ProofNoProofOfExistence]);
        result.CertificateValidity.Should().Be(JadesOutcome.Indeterminate);
    }

    [Fact]
    public void Verify_TimeStampOfOtherTsaRoot_NotAProofOfExistence()
    {
        using var other = TestTsa.Create(BackDated);
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null)), BackDated.AddMinutes(1));

        var result = JadesVerifier.Verify(stamped, Options(tsaAnchors: [other.Root]));

        result.TimeStamp.Should().Be(JadesOutcome.Indeterminate, result.TimeStampMessage);
        result.Codes().Should().Contain(CheckCodes.ProofTimestampUnverified);
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Verify_ValidatedTimeStampAfterCertificateExpired_Indeterminate()
    {
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null)), ValidTo.AddDays(30));

        var result = JadesVerifier.Verify(stamped, Options(tsaAnchors: [_tsa.Root]));

        result.TimeStamp.Should().Be(JadesOutcome.Passed, result.TimeStampMessage);
        result.CertificateValidity.Should().Be(JadesOutcome.Indeterminate);
        result.Codes().Should().Contain(CheckCodes.ProofNoProofOfExistence);
    }

    [Fact]
    public void Verify_CredentialIssuedAfterValidatedTimeStamp_Failed()
    {
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null, validFrom: "2020-06-02T00:00:00Z")), BackDated.AddMinutes(1));

        var result = JadesVerifier.Verify(stamped, Options(tsaAnchors: [_tsa.Root]));

        result.CertificateValidity.Should().Be(JadesOutcome.Failed);
        result.Codes().Should().Contain(CheckCodes.ProofIssuedAfterSeal);
    }

    [Fact]
    public void Verify_SigTAfterValidatedTimeStamp_Failed()
    {
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null)), BackDated.AddDays(-1));

        var result = JadesVerifier.Verify(stamped, Options(tsaAnchors: [_tsa.Root]));

        result.CertificateValidity.Should().Be(JadesOutcome.Failed);
        result.CertificateValidityMessage.Should().Contain("after its validated time-stamp");
    }

    [Fact]
    public void Verify_TimeStampWithTamperedTsaSignature_TimeStampFailed()
    {
        var sealed_ = SealAt(BackDated, Payload(null));
        var signature = JsonNode.Parse(sealed_)!["signatures"]![0]!["signature"]!.GetValue<string>();
        var token = _tsa.Token(Encoding.ASCII.GetBytes(signature), BackDated.AddMinutes(1));
        token[^5] ^= 0x01;

        var result = JadesVerifier.Verify(TestTsa.AddTo(sealed_, token), Options(tsaAnchors: [_tsa.Root]));

        result.TimeStamp.Should().NotBe(JadesOutcome.Passed);
        result.ProofOfExistence.Should().BeNull();
        result.Codes().Should().Contain(CheckCodes.ProofTimestampInvalid);
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Verify_TsaCertificateWithoutTimeStampingUsage_TimeStampFailed()
    {
        using var wrong = TestTsa.Create(BackDated, timeStamping: false);
        var stamped = wrong.Stamp(SealAt(BackDated, Payload(null)), BackDated.AddMinutes(1));

        var result = JadesVerifier.Verify(stamped, Options(tsaAnchors: [wrong.Root]));

        result.TimeStamp.Should().NotBe(JadesOutcome.Passed, result.TimeStampMessage);
        result.Codes().Should().Contain(CheckCodes.ProofTimestampInvalid);
        result.ProofOfExistence.Should().BeNull();
    }

    [Fact]
    public void Verify_StillValidCertificateWithoutTimeStamp_JudgedNowAndPassed()
    {
        using var current = TestPki.Seal(_root, Today.AddDays(-10), Today.AddDays(300));
        var sealed_ = new JadesSealer(new FixedTimeProvider(Today.AddDays(-1))).Seal(Payload(null), JadesSigningKey.FromCertificate(current));

        var result = JadesVerifier.Verify(sealed_, Options(tsaAnchors: []));

        result.CertificateValidity.Should().Be(JadesOutcome.Passed, result.CertificateValidityMessage);
        result.CertificateValidityMessage.Should().Contain("valid now");
        result.ProofOfExistence.Should().BeNull();
    }

    [Fact]
    public void Verify_ChainToUnconfiguredRoot_AnchorUnknownIndeterminate()
    {
        using var otherRoot = TestPki.Root("CN=Other Root, O=Other, C=FI", BackDated);
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null)), BackDated.AddMinutes(1));

        var result = JadesVerifier.Verify(stamped, Options(tsaAnchors: [_tsa.Root], sealAnchors: [otherRoot]));

        result.Trust.Should().Be(JadesOutcome.Indeterminate, result.TrustMessage);
        result.TrustCode.Should().Be(CheckCodes.TrustAnchorUnknown);
    }

    [Fact]
    public void Verify_SealCertificateWithBrokenSignature_ChainInvalidFailed()
    {
        var der = _seal.RawData;
        der[^3] ^= 0x01;
        using var broken = X509CertificateLoader.LoadCertificate(der).CopyWithPrivateKey(_seal.GetECDsaPrivateKey()!);
        var sealed_ = new JadesSealer(new FixedTimeProvider(BackDated)).Seal(Payload(null), JadesSigningKey.FromCertificate(broken));
        var stamped = _tsa.Stamp(sealed_, BackDated.AddMinutes(1));

        var result = JadesVerifier.Verify(stamped, Options(tsaAnchors: [_tsa.Root]));

        result.Trust.Should().Be(JadesOutcome.Failed, result.TrustMessage);
        result.TrustCode.Should().Be(CheckCodes.TrustChainInvalid);
    }

    [Fact]
    public void Verify_NoRevocationData_RevocationUnknownIndeterminate()
    {
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null)), BackDated.AddMinutes(1));

        var result = JadesVerifier.Verify(stamped, Options(tsaAnchors: [_tsa.Root]));

        result.Revocation.Should().Be(JadesOutcome.Indeterminate);
        result.Codes().Should().Contain(CheckCodes.ProofRevocationUnknown);
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Verify_RevokedBeforeTimeStamp_CertificateRevokedFailed()
    {
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null)), BackDated.AddMinutes(1));
        var crl = SealRevocation.Crl(_root, BackDated.AddDays(1), (_seal, BackDated.AddDays(-3)));

        var result = JadesVerifier.Verify(SealRevocation.AddCrls(stamped, crl), Options(tsaAnchors: [_tsa.Root]));

        result.Revocation.Should().Be(JadesOutcome.Failed, result.RevocationMessage);
        result.Codes().Should().Contain(CheckCodes.ProofCertificateRevoked);
    }

    [Fact]
    public void Verify_RevokedAfterTimeStamp_RevocationPassed()
    {
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null)), BackDated.AddMinutes(1));
        var crl = SealRevocation.Crl(_root, BackDated.AddDays(10), (_seal, BackDated.AddDays(5)));

        var result = JadesVerifier.Verify(SealRevocation.AddCrls(stamped, crl), Options(tsaAnchors: [_tsa.Root]));

        result.Revocation.Should().Be(JadesOutcome.Passed, result.RevocationMessage);
        result.RevocationMessage.Should().Contain("revoked later");
        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
    }

    [Fact]
    public void Verify_CrlOfAnotherIssuer_NotCounted()
    {
        using var other = TestPki.Root("CN=Seal Root, O=Test, C=FI", BackDated);
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null)), BackDated.AddMinutes(1));
        var forged = SealRevocation.Crl(other, BackDated.AddDays(1));

        var result = JadesVerifier.Verify(SealRevocation.AddCrls(stamped, forged), Options(tsaAnchors: [_tsa.Root]));

        result.Revocation.Should().Be(JadesOutcome.Indeterminate, "a CRL with the issuer's name but another key proves nothing");
        result.RevocationMessage.Should().Contain("none of the CRLs or OCSP responses");
    }

    [Fact]
    public void Verify_CrlOlderThanTimeStamp_RevocationUnknown()
    {
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null)), BackDated.AddMinutes(1));
        var stale = SealRevocation.Crl(_root, BackDated.AddDays(-20));

        var result = JadesVerifier.Verify(SealRevocation.AddCrls(stamped, stale), Options(tsaAnchors: [_tsa.Root]));

        result.Revocation.Should().Be(JadesOutcome.Indeterminate);
        result.RevocationMessage.Should().Contain("older than");
    }

    [Fact]
    public void Verify_TamperedCrl_NotCounted()
    {
        var stamped = _tsa.Stamp(SealAt(BackDated, Payload(null)), BackDated.AddMinutes(1));
        var crl = SealRevocation.Crl(_root, BackDated.AddDays(1));
        crl[^4] ^= 0x01;

        var result = JadesVerifier.Verify(SealRevocation.AddCrls(stamped, crl), Options(tsaAnchors: [_tsa.Root]));

        result.Revocation.Should().Be(JadesOutcome.Indeterminate);
        result.Codes().Should().Contain(CheckCodes.ProofRevocationUnknown);
    }

    public void Dispose()
    {
        _root.Dispose();
        _seal.Dispose();
        _tsa.Dispose();
    }

    private static string Payload(string? issued, string? validFrom = null)
    {
        var credential = new JsonObject { ["id"] = "urn:uuid:7c1e" };
        if (issued is not null)
        {
            credential["issued"] = issued;
        }

        if (validFrom is not null)
        {
            credential["validFrom"] = validFrom;
        }

        return credential.ToJsonString();
    }

    private string SealAt(DateTimeOffset sigT, string payload)
    {
        using var key = JadesSigningKey.FromCertificate(_seal);
        return new JadesSealer(new FixedTimeProvider(sigT)).Seal(payload, key);
    }

    private JadesVerificationOptions Options(X509Certificate2[] tsaAnchors, X509Certificate2[]? sealAnchors = null) => new()
    {
        TrustAnchors = [.. sealAnchors ?? [_root]],
        TsaTrustAnchors = [.. tsaAnchors],
        TimeProvider = new FixedTimeProvider(Today),
    };
}
