using Credentials.Proofs.Findings;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Credentials.Proofs.Jades;

namespace Credentials.Proofs.Tests.Jades;

public sealed class EuropassSampleTests
{
    private static readonly JadesVerificationOptions NoAnchors = new() { TimeProvider = new FixedTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)) };

    [Fact]
    public void Verify_OfficialSample_IsIntact()
    {
        var result = JadesVerifier.Verify(EuropassSample.Text, NoAnchors);

        result.IsSeal.Should().BeTrue();
        result.Algorithm.Should().Be("RS256");
        result.Integrity.Should().Be(JadesOutcome.Passed, result.IntegrityMessage);
        result.PayloadJson.Should().StartWith("{\"id\":\"urn:credential:1018d05f-21d5-4555-b7f0-8fabfd22ca75\"");
        JsonNode.Parse(result.PayloadJson!)!["type"]![1]!.GetValue<string>().Should().Be("EuropeanDigitalCredential");
    }

    [Fact]
    public void Verify_OfficialSample_NamesTheSealingOrganisation()
    {
        var organisation = JadesVerifier.Verify(EuropassSample.Text, NoAnchors).Organisation;

        organisation.Should().NotBeNull();
        organisation!.Organisation.Should().Be("ORGANIZACION TEST");
        organisation.Country.Should().Be("ES");
        organisation.CommonName.Should().Be("TEST SEAL");
        organisation.OrganizationIdentifier.Should().Be("VATES-A00000000");
        organisation.HasQcCompliance.Should().BeTrue();
        organisation.HasQcTypeESeal.Should().BeTrue();
        organisation.HasQcSscd.Should().BeFalse();
        organisation.IsQualified.Should().BeTrue();
    }

    private static readonly DateTimeOffset SampleTimeStamp = new(2023, 9, 27, 11, 54, 20, TimeSpan.Zero);

    [Fact]
    public void Verify_OfficialSampleWithItsTsaAsAnchor_TimeStampValidatedAndCertificateValid()
    {
        var options = new JadesVerificationOptions { TsaTrustAnchors = [EuropassSample.TsaRoot()], TimeProvider = NoAnchors.TimeProvider };

        var result = JadesVerifier.Verify(EuropassSample.Text, options);

        result.SigningTime.Should().Be(EuropassSample.SigT);
        result.TimeStamp.Should().Be(JadesOutcome.Passed, result.TimeStampMessage);
        result.ProofOfExistence.Should().Be(SampleTimeStamp);
        result.TimeStampAuthority.Should().Contain("CN=good-tsa");
        result.CertificateValidity.Should().Be(JadesOutcome.Passed, result.CertificateValidityMessage);
    }

    [Fact]
    public void Verify_OfficialSampleWithoutTsaAnchor_ExpiredCertificateIndeterminateWithReason()
    {
        var result = JadesVerifier.Verify(EuropassSample.Text, NoAnchors);

        result.TimeStampTime.Should().Be(SampleTimeStamp);
        result.TimeStamp.Should().Be(JadesOutcome.Indeterminate);
        result.ProofOfExistence.Should().BeNull();
        result.CertificateValidity.Should().Be(JadesOutcome.Indeterminate, "the seal certificate expired on 2025-05-10");
        result.CertificateValidityMessage.Should().Contain("cannot show the seal was made while its certificate was valid").And.Contain("not validated");
        result.Codes().Should().Contain([CheckCodes.ProofTimestampUnverified, CheckCodes.ProofNoProofOfExistence]);
        result.Codes().Should().NotContain(CheckCodes.ProofCertificateExpired);
    }

    [Fact]
    public void Verify_OfficialSampleWithoutAnchors_TrustIndeterminate()
    {
        var result = JadesVerifier.Verify(EuropassSample.Text, NoAnchors);

        result.Trust.Should().Be(JadesOutcome.Indeterminate);
        result.TrustMessage.Should().Contain("no trust anchors are configured");
        result.Problems.Select(p => p.Code).Should().Contain(CheckCodes.TrustNoAnchor);
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Sample_X5c_HoldsOnlyTheLeafAndEtsiUCarriesTheIssuingCa()
    {
        var header = EuropassSample.ProtectedHeader(EuropassSample.Node);

        var ca = EuropassSample.IssuingCa();

        header["x5c"]!.AsArray().Should().HaveCount(1);
        ca.Subject.Should().Contain("CN=ANF AC Qualified Certificates for eSeal");
        ca.Subject.Should().NotBe(ca.Issuer, "the issuing CA is itself an intermediate under ANF Global Root CA");
    }

    [Fact]
    public void Verify_OfficialSampleWithIssuingCaAsAnchor_TrustPassed()
    {
        var options = new JadesVerificationOptions { TrustAnchors = [EuropassSample.IssuingCa()], TsaTrustAnchors = [EuropassSample.TsaRoot()], TimeProvider = NoAnchors.TimeProvider };

        var result = JadesVerifier.Verify(EuropassSample.Text, options);

        result.Trust.Should().Be(JadesOutcome.Passed, result.TrustMessage);
        result.Revocation.Should().Be(JadesOutcome.Passed, result.RevocationMessage);
        result.RevocationMessage.Should().Contain("OCSP response of 2023-09-27T11:54:17Z");
        result.IsVerified.Should().BeTrue();
        result.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Verify_OfficialSampleWithTamperedOcspResponse_RevocationUnknown()
    {
        var root = EuropassSample.Node;
        var etsiU = EuropassSample.Signature(root)["header"]!["etsiU"]!.AsArray();
        var entries = EuropassSample.EtsiU(root);
        var index = entries.FindIndex(e => e.ContainsKey("rVals"));
        var ocsp = entries[index]["rVals"]!["ocspVals"]![0]!;
        var der = Convert.FromBase64String(ocsp["val"]!.GetValue<string>());
        der[400] ^= 0x01;
        ocsp["val"] = Convert.ToBase64String(der);
        etsiU[index] = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(entries[index].ToJsonString()));
        var options = new JadesVerificationOptions { TrustAnchors = [EuropassSample.IssuingCa()], TsaTrustAnchors = [EuropassSample.TsaRoot()], TimeProvider = NoAnchors.TimeProvider };

        var result = JadesVerifier.Verify(EuropassSample.Serialize(root), options);

        result.Revocation.Should().Be(JadesOutcome.Indeterminate, result.RevocationMessage);
        result.Codes().Should().Contain(CheckCodes.ProofRevocationUnknown);
    }

    [Fact]
    public void Verify_OfficialSampleWithUnrelatedAnchor_TrustAnchorUnknown()
    {
        using var other = TestSealCertificate.Create("Other", "VATFI-00000000", "FI", NoAnchors.TimeProvider);
        var options = new JadesVerificationOptions { TrustAnchors = [other], TsaTrustAnchors = [EuropassSample.TsaRoot()], TimeProvider = NoAnchors.TimeProvider };

        var result = JadesVerifier.Verify(EuropassSample.Text, options);

        result.Trust.Should().Be(JadesOutcome.Indeterminate);
        result.Problems.Select(p => p.Code).Should().Contain(CheckCodes.TrustAnchorUnknown);
        result.Integrity.Should().Be(JadesOutcome.Passed);
    }

    [Fact]
    public void Verify_OfficialSampleFlattened_IsIntact()
    {
        var root = EuropassSample.Node;
        var signature = EuropassSample.Signature(root);
        var flattened = new JsonObject
        {
            ["payload"] = root["payload"]!.DeepClone(),
            ["protected"] = signature["protected"]!.DeepClone(),
            ["header"] = signature["header"]!.DeepClone(),
            ["signature"] = signature["signature"]!.DeepClone(),
        };

        var result = JadesVerifier.Verify(EuropassSample.Serialize(flattened), NoAnchors);

        result.Integrity.Should().Be(JadesOutcome.Passed, result.IntegrityMessage);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    [InlineData(0.999)]
    public void Verify_OneCharacterOfPayloadChanged_SignatureInvalid(double position)
    {
        var root = EuropassSample.Node;
        var payload = root["payload"]!.GetValue<string>();
        var index = (int)(position * (payload.Length - 1));
        var replacement = payload[index] == 'x' ? 'y' : 'x';
        root["payload"] = string.Concat(payload.AsSpan(0, index), replacement.ToString(), payload.AsSpan(index + 1));

        var result = JadesVerifier.Verify(EuropassSample.Serialize(root), NoAnchors);

        result.Integrity.Should().Be(JadesOutcome.Failed);
        result.Problems.Select(p => p.Code).Should().Contain(CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public void Verify_PayloadWithTrailingSpace_SignatureInvalid()
    {
        var root = EuropassSample.Node;
        root["payload"] = root["payload"]!.GetValue<string>() + " ";

        var result = JadesVerifier.Verify(EuropassSample.Serialize(root), NoAnchors);

        result.Integrity.Should().Be(JadesOutcome.Failed);
    }

    [Fact]
    public void Verify_SignatureTimeStampFromAnotherSignature_ReportedAndNotUsed()
    {
        var root = EuropassSample.Node;
        var etsiU = EuropassSample.Signature(root)["header"]!["etsiU"]!.AsArray();
        var archive = EuropassSample.EtsiU(root).Single(e => e.ContainsKey("arcTst"));
        var forged = new JsonObject { ["sigTst"] = archive["arcTst"]!.DeepClone() };
        etsiU[0] = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(forged.ToJsonString()));

        var options = new JadesVerificationOptions { TsaTrustAnchors = [EuropassSample.TsaRoot()], TimeProvider = NoAnchors.TimeProvider };

        var result = JadesVerifier.Verify(EuropassSample.Serialize(root), options);

        result.Integrity.Should().Be(JadesOutcome.Passed);
        result.TimeStampTime.Should().BeNull();
        result.ProofOfExistence.Should().BeNull();
        result.Problems.Select(p => p.Code).Should().Contain(CheckCodes.ProofTimestampInvalid);
        result.CertificateValidity.Should().Be(JadesOutcome.Indeterminate);
    }

    [Fact]
    public void LoadAnchors_PemBundle_ReadsEveryCertificate()
    {
        var pem = string.Join("\n", EuropassSample.XValsCertificates().Select(c => c.ExportCertificatePem()));

        var anchors = JadesVerificationOptions.LoadAnchors(pem);

        anchors.Should().HaveCount(4);
    }

    [Fact]
    public void LoadAnchors_NoCertificate_Throws()
    {
        var act = () => JadesVerificationOptions.LoadAnchors("not a pem");

        act.Should().Throw<System.Security.Cryptography.CryptographicException>();
    }

    [Fact]
    public void IssuerSerialEncode_SampleCertificate_EqualsSampleKid()
    {
        var kid = EuropassSample.ProtectedHeader(EuropassSample.Node)["kid"]!.GetValue<string>();

        var encoded = IssuerSerial.Encode(EuropassSample.Leaf());

        encoded.Should().Be(kid);
        IssuerSerial.TryMatch(kid, EuropassSample.Leaf(), out var matches).Should().BeTrue();
        matches.Should().BeTrue();
    }

    [Fact]
    public void Verify_ProtectedHeaderChanged_SignatureInvalid()
    {
        var header = EuropassSample.ProtectedHeader(EuropassSample.Node);
        header["sigT"] = "2023-09-27T11:54:18Z";

        var result = JadesVerifier.Verify(EuropassSample.WithProtectedHeader(header.ToJsonString()), NoAnchors);

        result.Integrity.Should().Be(JadesOutcome.Failed);
        result.Codes().Should().Contain(CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public void Verify_SignatureValueChanged_SignatureInvalid()
    {
        var root = EuropassSample.Node;
        var signature = EuropassSample.Signature(root);
        var value = signature["signature"]!.GetValue<string>();
        signature["signature"] = (value[0] == 'A' ? "B" : "A") + value[1..];

        var result = JadesVerifier.Verify(EuropassSample.Serialize(root), NoAnchors);

        result.Codes().Should().Contain(CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public void Verify_EtsiUEntriesAsPlainObjects_TimeStampStillRead()
    {
        var root = EuropassSample.Node;
        var entries = EuropassSample.EtsiU(root);
        EuropassSample.Signature(root)["header"]!["etsiU"] = new JsonArray([.. entries.Select(e => (JsonNode)e.DeepClone())]);

        var result = JadesVerifier.Verify(EuropassSample.Serialize(root), NoAnchors);

        result.Integrity.Should().Be(JadesOutcome.Passed);
        result.TimeStampTime.Should().Be(new DateTimeOffset(2023, 9, 27, 11, 54, 20, TimeSpan.Zero));
    }
}
