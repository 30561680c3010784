using Credentials.Proofs.Findings;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.Jades;

namespace Credentials.Proofs.Tests.Jades;

public sealed class JadesHeaderHostileTests
{
    private static JadesVerification Verify(string json) => JadesVerifier.Verify(json, SealCrafter.Options(SealCrafter.Ec));

    private static void ShouldFail(JadesVerification result, string code)
    {
        result.Integrity.Should().Be(JadesOutcome.Failed);
        result.Codes().Should().Contain(code);
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Verify_CraftedBaseline_Passes()
    {
        var result = Verify(SealCrafter.Seal(SealCrafter.Header(SealCrafter.Ec), SealCrafter.Ec));

        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
        result.PayloadJson.Should().Be(SealCrafter.Payload);
    }

    [Fact]
    public void Verify_AlgNone_AlgorithmNotAllowed()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["alg"] = "none");

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofAlgorithmNotAllowed);
    }

    [Fact]
    public void Verify_AlgHs256_AlgorithmNotAllowed()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["alg"] = "HS256");

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofAlgorithmNotAllowed);
    }

    [Fact]
    public void Verify_AlgMissing_AlgorithmNotAllowed()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h.Remove("alg"));

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofAlgorithmNotAllowed);
    }

    [Fact]
    public void Verify_RsaAlgorithmWithEcCertificate_AlgorithmNotAllowed()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["alg"] = "PS256");

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofAlgorithmNotAllowed);
    }

    [Fact]
    public void Verify_Es384WithP256Certificate_AlgorithmNotAllowed()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["alg"] = "ES384");

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofAlgorithmNotAllowed);
    }

    [Fact]
    public void Verify_Rsa1024Certificate_AlgorithmNotAllowed()
    {
        using var rsa = RSA.Create(1024);
        var request = new CertificateRequest("CN=Weak, O=Weak, C=FI", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var weak = request.CreateSelfSigned(SealCrafter.Now.AddDays(-1), SealCrafter.Now.AddDays(1));

        var result = JadesVerifier.Verify(SealCrafter.Seal(SealCrafter.Header(weak), weak), SealCrafter.Options(weak));

        ShouldFail(result, CheckCodes.ProofAlgorithmNotAllowed);
    }

    [Fact]
    public void Verify_X5tS256Mismatch_CertificateMismatch()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["x5t#S256"] = Base64Url.EncodeToString(SHA256.HashData(SealCrafter.Rsa.RawData)));

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofCertificateMismatch);
    }

    [Fact]
    public void Verify_KidNamesAnotherCertificate_CertificateMismatch()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["kid"] = IssuerSerial.Encode(SealCrafter.Rsa));

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofCertificateMismatch);
    }

    [Fact]
    public void Verify_KidNotIssuerSerial_Ignored()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["kid"] = "seal-key-1");

        Verify(SealCrafter.Seal(header, SealCrafter.Ec)).IsVerified.Should().BeTrue();
    }

    [Fact]
    public void Verify_UnknownCritEntry_CritUnsupported()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h =>
        {
            h["sigPId"] = new JsonObject { ["id"] = "urn:oid:1.2.3" };
            h["crit"]!.AsArray().Add("sigPId");
        });

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofCritUnsupported);
    }

    [Fact]
    public void Verify_CritNamesAbsentMember_CritUnsupported()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["crit"]!.AsArray().Add("adoTst"));

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofCritUnsupported);
    }

    [Fact]
    public void Verify_CritListsRegisteredName_CritUnsupported()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["crit"]!.AsArray().Add("alg"));

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofCritUnsupported);
    }

    [Fact]
    public void Verify_CritEmpty_CritUnsupported()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["crit"] = new JsonArray());

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofCritUnsupported);
    }

    [Fact]
    public void Verify_CritDuplicateEntry_CritUnsupported()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["crit"]!.AsArray().Add("sigT"));

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofCritUnsupported);
    }

    [Fact]
    public void Verify_B64FalseNotCritical_CritUnsupported()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["crit"] = new JsonArray("sigT"));

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofCritUnsupported);
    }

    [Fact]
    public void Verify_B64NotBoolean_HeaderInvalid()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["b64"] = "false");

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofHeaderInvalid);
    }

    [Fact]
    public void Verify_B64TrueWithEncodedPayload_Passes()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h =>
        {
            h.Remove("b64");
            h["crit"] = new JsonArray("sigT");
        });

        var result = Verify(SealCrafter.Seal(header.ToJsonString(), SealCrafter.Ec, b64: true));

        result.IsVerified.Should().BeTrue(string.Join("; ", result.Problems));
        result.PayloadJson.Should().Be(SealCrafter.Payload);
    }

    [Fact]
    public void Verify_GarbageCertificate_CertificateInvalid()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["x5c"] = new JsonArray(Convert.ToBase64String(Encoding.ASCII.GetBytes("not a certificate at all"))));

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofCertificateInvalid);
    }

    [Fact]
    public void Verify_CertificateNotBase64_CertificateInvalid()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["x5c"] = new JsonArray("%%%"));

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofCertificateInvalid);
    }

    [Fact]
    public void Verify_X5cWithElevenCertificates_CertificateInvalid()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h =>
            h["x5c"] = new JsonArray([.. Enumerable.Repeat(Convert.ToBase64String(SealCrafter.Ec.RawData), 11).Select(c => (JsonNode)c)]));

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofCertificateInvalid);
    }

    [Fact]
    public void Verify_NoX5c_CertificateMissing()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h.Remove("x5c"));

        var result = Verify(SealCrafter.Seal(header, SealCrafter.Ec));

        ShouldFail(result, CheckCodes.ProofCertificateMissing);
        result.Organisation.Should().BeNull();
        result.Trust.Should().Be(JadesOutcome.Skipped);
    }

    [Fact]
    public void Verify_SigTMalformed_HeaderInvalid()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["sigT"] = "2026-11-30 11:50");

        ShouldFail(Verify(SealCrafter.Seal(header, SealCrafter.Ec)), CheckCodes.ProofHeaderInvalid);
    }

    [Fact]
    public void Verify_SigTInFuture_SigningTimeInFuture()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h => h["sigT"] = "2026-12-01T12:00:00Z");

        var result = Verify(SealCrafter.Seal(header, SealCrafter.Ec));

        result.Integrity.Should().Be(JadesOutcome.Passed);
        result.CertificateValidity.Should().Be(JadesOutcome.Failed);
        result.Codes().Should().Contain(CheckCodes.ProofSigningTimeInFuture);
    }

    [Fact]
    public void Verify_NoSigT_ValidityIndeterminate()
    {
        var header = SealCrafter.Header(SealCrafter.Ec, h =>
        {
            h.Remove("sigT");
            h["crit"] = new JsonArray("b64");
        });

        var result = Verify(SealCrafter.Seal(header, SealCrafter.Ec));

        result.Integrity.Should().Be(JadesOutcome.Passed);
        result.CertificateValidity.Should().Be(JadesOutcome.Indeterminate);
        result.Codes().Should().Contain(CheckCodes.ProofSigningTimeMissing);
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Verify_SignatureTruncated_SignatureInvalid()
    {
        var root = JsonNode.Parse(SealCrafter.Seal(SealCrafter.Header(SealCrafter.Ec), SealCrafter.Ec))!;
        var signature = Base64Url.DecodeFromChars(root["signatures"]![0]!["signature"]!.GetValue<string>());
        root["signatures"]![0]!["signature"] = Base64Url.EncodeToString(signature.AsSpan(0, signature.Length - 3));

        ShouldFail(Verify(root.ToJsonString()), CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public void Verify_EcdsaSignatureInDerForm_SignatureInvalid()
    {
        var headerJson = SealCrafter.Header(SealCrafter.Ec).ToJsonString();
        var encoded = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(headerJson));
        var der = SealCrafter.Sign(SealCrafter.Ec, Encoding.UTF8.GetBytes(encoded + "." + SealCrafter.Payload), DSASignatureFormat.Rfc3279DerSequence);
        var root = new JsonObject
        {
            ["payload"] = SealCrafter.Payload,
            ["signatures"] = new JsonArray(new JsonObject { ["protected"] = encoded, ["signature"] = Base64Url.EncodeToString(der) }),
        };

        ShouldFail(Verify(root.ToJsonString()), CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public void Verify_SignedByAnotherKeyThanX5c_SignatureInvalid()
    {
        using var other = TestSealCertificate.Create("Other", "VATFI-87654321", "FI", new FixedTimeProvider(SealCrafter.Now.AddDays(-1)));

        var result = Verify(SealCrafter.Seal(SealCrafter.Header(SealCrafter.Ec), other));

        ShouldFail(result, CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public void Verify_CertificateSwappedWithMatchingThumbprint_SignatureInvalid()
    {
        using var other = TestSealCertificate.Create("Other", "VATFI-87654321", "FI", new FixedTimeProvider(SealCrafter.Now.AddDays(-1)));

        var result = Verify(SealCrafter.Seal(SealCrafter.Header(other), SealCrafter.Ec));

        ShouldFail(result, CheckCodes.ProofSignatureInvalid);
        result.Organisation!.Organisation.Should().Be("Other");
    }
}
