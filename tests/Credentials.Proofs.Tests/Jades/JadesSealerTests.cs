using Credentials.Proofs.Findings;
using System.Buffers.Text;
using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Credentials.Proofs.Jades;
using Credentials.TestKit;

namespace Credentials.Proofs.Tests.Jades;

public sealed class JadesSealerTests
{
    private static readonly DateTimeOffset SealTime = new(2026, 11, 30, 11, 30, 15, TimeSpan.Zero);
    private readonly JadesSealer _sealer = new(new FixedTimeProvider(SealTime));

    [Fact]
    public void Seal_P256Key_VerifiesWithCertificateAsAnchor()
    {
        using var key = JadesSigningKey.FromCertificate(SealCrafter.Ec);

        var result = JadesVerifier.Verify(_sealer.Seal(SealCrafter.Payload, key), SealCrafter.Options(SealCrafter.Ec));

        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
        result.Algorithm.Should().Be("ES256");
        result.SigningTime.Should().Be(SealTime);
        result.Organisation!.OrganizationIdentifier.Should().Be("VATFI-12345678");
        result.Organisation.Country.Should().Be("FI");
    }

    [Fact]
    public void Seal_RsaKey_UsesRs256AndVerifies()
    {
        using var key = JadesSigningKey.FromCertificate(SealCrafter.Rsa);

        var result = JadesVerifier.Verify(_sealer.Seal(SealCrafter.Payload, key), SealCrafter.Options(SealCrafter.Rsa));

        key.Algorithm.Should().Be("RS256");
        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
        result.Algorithm.Should().Be("RS256");
    }

    [Fact]
    public void Seal_ProtectedHeader_HasBaselineBMembers()
    {
        using var key = JadesSigningKey.FromCertificate(SealCrafter.Ec);

        var root = JsonNode.Parse(_sealer.Seal(SealCrafter.Payload, key))!;
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(root["signatures"]![0]!["protected"]!.GetValue<string>()))!.AsObject();

        header["alg"]!.GetValue<string>().Should().Be("ES256");
        header["sigT"]!.GetValue<string>().Should().Be("2026-11-30T11:30:15Z");
        header["b64"]!.GetValue<bool>().Should().BeFalse();
        header["crit"]!.AsArray().Select(n => n!.GetValue<string>()).Should().BeEquivalentTo("b64", "sigT");
        header["x5c"]!.AsArray().Single()!.GetValue<string>().Should().Be(Convert.ToBase64String(SealCrafter.Ec.RawData));
        header["x5t#S256"]!.GetValue<string>().Should().Be(Base64Url.EncodeToString(SHA256.HashData(SealCrafter.Ec.RawData)));
        root["signatures"]![0]!.AsObject().Should().NotContainKey("header");
    }

    [Fact]
    public void Seal_Kid_IsDerIssuerSerialOfCertificate()
    {
        using var key = JadesSigningKey.FromCertificate(SealCrafter.Rsa);

        var root = JsonNode.Parse(_sealer.Seal(SealCrafter.Payload, key))!;
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(root["signatures"]![0]!["protected"]!.GetValue<string>()))!;
        var reader = new AsnReader(Convert.FromBase64String(header["kid"]!.GetValue<string>()), AsnEncodingRules.DER).ReadSequence();
        var names = reader.ReadSequence();
        var issuer = names.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 4, true)).ReadEncodedValue();
        var serial = reader.ReadInteger();

        issuer.ToArray().Should().Equal(SealCrafter.Rsa.IssuerName.RawData);
        serial.Should().Be(new BigInteger(SealCrafter.Rsa.SerialNumberBytes.Span, isUnsigned: false, isBigEndian: true));
    }

    [Fact]
    public void Seal_Payload_IsTheCredentialTextExactly()
    {
        using var key = JadesSigningKey.FromCertificate(SealCrafter.Ec);
        const string spaced = "{ \"name\" : \"Jyväskylä <&> \\u00e5\" ,\n  \"n\": 1.50 }";

        var sealed_ = _sealer.Seal(spaced, key);

        JsonNode.Parse(sealed_)!["payload"]!.GetValue<string>().Should().Be(spaced);
        JadesVerifier.Verify(sealed_, SealCrafter.Options(SealCrafter.Ec)).PayloadJson.Should().Be(spaced);
    }

    [Fact]
    public void Seal_ThenChangeOneCharacter_SignatureInvalid()
    {
        using var key = JadesSigningKey.FromCertificate(SealCrafter.Ec);
        var root = JsonNode.Parse(_sealer.Seal(SealCrafter.Payload, key))!;
        root["payload"] = SealCrafter.Payload.Replace("Jyväskylän", "Jyvaskylan", StringComparison.Ordinal);

        var result = JadesVerifier.Verify(root.ToJsonString(), SealCrafter.Options(SealCrafter.Ec));

        result.Integrity.Should().Be(JadesOutcome.Failed);
        result.Codes().Should().Contain(CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public void Seal_OfficialUnsignedSample_Verifies()
    {
        var credential = File.ReadAllText(RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-unsigned.jsonld"));
        using var key = JadesSigningKey.FromCertificate(SealCrafter.Rsa);

        var result = JadesVerifier.Verify(_sealer.Seal(credential, key), SealCrafter.Options(SealCrafter.Rsa));

        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
        result.PayloadJson.Should().Be(credential);
    }

    [Theory]
    [InlineData("{\"a\":1")]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void Seal_NotAJsonObject_Throws(string credential)
    {
        using var key = JadesSigningKey.FromCertificate(SealCrafter.Ec);

        var act = () => _sealer.Seal(credential, key);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Seal_CertificateExpiredAtSigningTime_ReportsCertificateExpired()
    {
        using var shortLived = TestSealCertificate.Create("T", "VATFI-1", "FI", new FixedTimeProvider(SealTime.AddDays(-3)), validity: TimeSpan.FromDays(1));
        using var key = JadesSigningKey.FromCertificate(shortLived);

        var result = JadesVerifier.Verify(_sealer.Seal(SealCrafter.Payload, key), SealCrafter.Options(shortLived));

        result.Integrity.Should().Be(JadesOutcome.Passed);
        result.CertificateValidity.Should().Be(JadesOutcome.Failed);
        result.Codes().Should().Contain(CheckCodes.ProofCertificateExpired);
    }

    [Fact]
    public void Seal_CertificateNotYetValidAtSigningTime_ReportsNotYetValid()
    {
        using var future = TestSealCertificate.Create("T", "VATFI-1", "FI", new FixedTimeProvider(SealTime.AddDays(3)));
        using var key = JadesSigningKey.FromCertificate(future);

        var result = JadesVerifier.Verify(_sealer.Seal(SealCrafter.Payload, key), SealCrafter.Options(future));

        result.CertificateValidity.Should().Be(JadesOutcome.Failed);
        result.Codes().Should().Contain(CheckCodes.ProofCertificateNotYetValid);
    }

    [Fact]
    public void Seal_ExpiredSinceSealingWithValidatedTimeStamp_Verified()
    {
        using var root = TestPki.Root("CN=Test Root, O=Test, C=FI", SealTime);
        using var seal = TestPki.Seal(root, SealTime.AddDays(-10), SealTime.AddDays(10));
        using var key = JadesSigningKey.FromCertificate(seal);
        using var tsa = TestTsa.Create(SealTime);
        var later = new JadesVerificationOptions { TrustAnchors = [root], TsaTrustAnchors = [tsa.Root], TimeProvider = new FixedTimeProvider(SealTime.AddYears(3)) };

        var stamped = tsa.Stamp(_sealer.Seal(SealCrafter.Payload, key), SealTime.AddSeconds(2));

        var result = JadesVerifier.Verify(SealRevocation.AddCrls(stamped, SealRevocation.Crl(root, SealTime.AddSeconds(1))), later);

        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
    }

    [Fact]
    public void Seal_ExpiredSinceSealingWithoutTimeStamp_Indeterminate()
    {
        using var root = TestPki.Root("CN=Test Root, O=Test, C=FI", SealTime);
        using var seal = TestPki.Seal(root, SealTime.AddDays(-10), SealTime.AddDays(10));
        using var key = JadesSigningKey.FromCertificate(seal);
        var later = new JadesVerificationOptions { TrustAnchors = [root], TimeProvider = new FixedTimeProvider(SealTime.AddYears(3)) };

        var result = JadesVerifier.Verify(_sealer.Seal(SealCrafter.Payload, key), later);

        result.CertificateValidity.Should().Be(JadesOutcome.Indeterminate);
        result.Codes().Should().Contain(CheckCodes.ProofNoProofOfExistence);
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Seal_ChainAnchoredOnRoot_TrustPassed()
    {
        using var root = TestPki.Root("CN=Test Root, O=Test, C=FI", SealTime);
        using var ca = TestPki.Ca("CN=Test Seal CA, O=Test, C=FI", root, SealTime);
        using var seal = TestPki.Seal(ca, SealTime.AddDays(-10), SealTime.AddDays(300));
        using var key = JadesSigningKey.FromCertificate(seal, [ca]);

        var result = JadesVerifier.Verify(_sealer.Seal(SealCrafter.Payload, key), SealCrafter.Options(root));

        result.Trust.Should().Be(JadesOutcome.Passed, result.TrustMessage);
    }

    [Fact]
    public void Seal_ChainAnchoredOnIssuingCaWithoutX5cChain_TrustPassed()
    {
        using var root = TestPki.Root("CN=Test Root, O=Test, C=FI", SealTime);
        using var ca = TestPki.Ca("CN=Test Seal CA, O=Test, C=FI", root, SealTime);
        using var seal = TestPki.Seal(ca, SealTime.AddDays(-10), SealTime.AddDays(300));
        using var key = JadesSigningKey.FromCertificate(seal);

        var result = JadesVerifier.Verify(_sealer.Seal(SealCrafter.Payload, key), SealCrafter.Options(ca));

        result.Trust.Should().Be(JadesOutcome.Passed, result.TrustMessage);
    }

    [Fact]
    public void Seal_AnchorIsImpostorWithIssuerName_TrustAnchorUnknown()
    {
        using var root = TestPki.Root("CN=Test Root, O=Test, C=FI", SealTime);
        using var ca = TestPki.Ca("CN=Test Seal CA, O=Test, C=FI", root, SealTime);
        using var otherRoot = TestPki.Root("CN=Other Root, O=Other, C=FI", SealTime);
        using var impostor = TestPki.Ca("CN=Test Seal CA, O=Test, C=FI", otherRoot, SealTime);
        using var seal = TestPki.Seal(ca, SealTime.AddDays(-10), SealTime.AddDays(300));
        using var key = JadesSigningKey.FromCertificate(seal);

        var result = JadesVerifier.Verify(_sealer.Seal(SealCrafter.Payload, key), SealCrafter.Options(impostor));

        result.Trust.Should().Be(JadesOutcome.Indeterminate, result.TrustMessage);
        result.Codes().Should().Contain(CheckCodes.TrustAnchorUnknown);
    }

    [Fact]
    public void Seal_SelfSignedImpostorRootWithRootName_NotTrusted()
    {
        using var root = TestPki.Root("CN=Test Root, O=Test, C=FI", SealTime);
        using var impostor = TestPki.Root("CN=Test Root, O=Test, C=FI", SealTime);
        using var seal = TestPki.Seal(root, SealTime.AddDays(-10), SealTime.AddDays(300));
        using var key = JadesSigningKey.FromCertificate(seal);

        var result = JadesVerifier.Verify(_sealer.Seal(SealCrafter.Payload, key), SealCrafter.Options(impostor));

        result.Trust.Should().Be(JadesOutcome.Indeterminate, result.TrustMessage);
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Seal_RemoteSigner_IsCalledOnceAndVerifies()
    {
        var remote = new FakeRemoteSigner(SealCrafter.Ec);

        var result = JadesVerifier.Verify(_sealer.Seal(SealCrafter.Payload, remote), SealCrafter.Options(SealCrafter.Ec));

        remote.Calls.Should().Be(1);
        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
    }

    [Fact]
    public void Verify_TokenWithoutTsaSignature_ReportedAndNotUsed()
    {
        using var shortLived = TestSealCertificate.Create("T", "VATFI-1", "FI", new FixedTimeProvider(SealTime.AddDays(-3)), validity: TimeSpan.FromDays(1));
        using var key = JadesSigningKey.FromCertificate(shortLived);
        var forged = FakeTimeStamp.AddTo(_sealer.Seal(SealCrafter.Payload, key), SealTime.AddDays(-2));

        var result = JadesVerifier.Verify(forged, SealCrafter.Options(shortLived));

        result.TimeStampTime.Should().BeNull();
        result.Codes().Should().Contain([CheckCodes.ProofTimestampInvalid, CheckCodes.ProofCertificateExpired]);
        result.CertificateValidity.Should().Be(JadesOutcome.Failed);
    }

    [Fact]
    public void Verify_UntrustedTimeStampInsideValidity_DoesNotRescueExpiredSigT()
    {
        using var shortLived = TestSealCertificate.Create("T", "VATFI-1", "FI", new FixedTimeProvider(SealTime.AddDays(-3)), validity: TimeSpan.FromDays(1));
        using var key = JadesSigningKey.FromCertificate(shortLived);
        using var tsa = TestTsa.Create(SealTime);
        var stamped = tsa.Stamp(_sealer.Seal(SealCrafter.Payload, key), SealTime.AddDays(-2));

        var result = JadesVerifier.Verify(stamped, SealCrafter.Options(shortLived));

        result.TimeStampTime.Should().Be(SealTime.AddDays(-2));
        result.ProofOfExistence.Should().BeNull();
        result.CertificateValidity.Should().Be(JadesOutcome.Failed);
        result.Codes().Should().Contain(CheckCodes.ProofCertificateExpired);
    }

    [Fact]
    public void Verify_ValidatedTimeStampAfterCertificateExpiry_NoProofOfExistence()
    {
        using var shortLived = TestSealCertificate.Create("T", "VATFI-1", "FI", new FixedTimeProvider(SealTime.AddHours(-12)), validity: TimeSpan.FromDays(1));
        using var key = JadesSigningKey.FromCertificate(shortLived);
        using var tsa = TestTsa.Create(SealTime);
        var stamped = tsa.Stamp(_sealer.Seal(SealCrafter.Payload, key), SealTime.AddDays(2));

        var result = JadesVerifier.Verify(stamped, new JadesVerificationOptions { TrustAnchors = [shortLived], TsaTrustAnchors = [tsa.Root], TimeProvider = new FixedTimeProvider(SealTime.AddDays(3)) });

        result.CertificateValidity.Should().Be(JadesOutcome.Indeterminate);
        result.CertificateValidityMessage.Should().Contain("time-stamp");
        result.Codes().Should().Contain(CheckCodes.ProofNoProofOfExistence);
    }

    [Fact]
    public void Verify_UntrustedTimeStampWithoutSigT_ValidityIndeterminate()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h =>
        {
            h.Remove("sigT");
            h["crit"] = new JsonArray("b64");
        });
        using var tsa = TestTsa.Create(SealCrafter.Now);
        var stamped = tsa.Stamp(SealCrafter.Seal(header, SealCrafter.Ec), SealCrafter.Now.AddMinutes(-1));

        var result = JadesVerifier.Verify(stamped, SealCrafter.Options(SealCrafter.Ec));

        result.TimeStampTime.Should().NotBeNull();
        result.CertificateValidity.Should().Be(JadesOutcome.Indeterminate);
        result.Codes().Should().Contain(CheckCodes.ProofSigningTimeMissing);
    }

    [Fact]
    public void Verify_ValidatedTimeStampWithoutSigT_TimeStampIsTheSigningTime()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h =>
        {
            h.Remove("sigT");
            h["crit"] = new JsonArray("b64");
        });
        using var tsa = TestTsa.Create(SealCrafter.Now);
        var stamped = tsa.Stamp(SealCrafter.Seal(header, SealCrafter.Ec), SealCrafter.Now.AddMinutes(-1));
        var options = new JadesVerificationOptions { TrustAnchors = [SealCrafter.Ec], TsaTrustAnchors = [tsa.Root], TimeProvider = new FixedTimeProvider(SealCrafter.Now) };

        var result = JadesVerifier.Verify(stamped, options);

        result.CertificateValidity.Should().Be(JadesOutcome.Passed, result.CertificateValidityMessage);
        result.ProofOfExistence.Should().Be(SealCrafter.Now.AddMinutes(-1));
    }

    private sealed class FakeRemoteSigner(X509Certificate2 certificate) : IJadesSigningKey
    {
        public int Calls { get; private set; }

        public X509Certificate2 Certificate { get; } = X509CertificateLoader.LoadCertificate(certificate.RawData);

        public IReadOnlyList<X509Certificate2> Chain => [];

        public string Algorithm => "ES256";

        public byte[] Sign(ReadOnlySpan<byte> signingInput)
        {
            Calls++;
            return SealCrafter.Sign(certificate, signingInput.ToArray());
        }
    }
}
