using Credentials.Proofs.Findings;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.Jades;

namespace Credentials.Proofs.Tests.Jades;

public sealed class JadesEnvelopeHostileTests
{
    private static JadesVerification Verify(string json) => JadesVerifier.Verify(json, SealCrafter.Options(SealCrafter.Ec));

    private static void ShouldFail(JadesVerification result, string code)
    {
        result.Integrity.Should().Be(JadesOutcome.Failed);
        result.Codes().Should().Contain(code);
        result.IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Verify_NoSignaturesMember_NotASeal()
    {
        var result = Verify("{\"payload\":\"{}\"}");

        result.IsSeal.Should().BeFalse();
        ShouldFail(result, CheckCodes.FormatMalformedJws);
    }

    [Fact]
    public void Verify_EmptySignaturesArray_MalformedJws()
    {
        var result = Verify("{\"payload\":\"{}\",\"signatures\":[]}");

        result.IsSeal.Should().BeTrue();
        ShouldFail(result, CheckCodes.FormatMalformedJws);
    }

    [Fact]
    public void Verify_TwoSignatures_MalformedJws()
    {
        var root = JsonNode.Parse(SealCrafter.Seal(SealCrafter.Header(SealCrafter.Ec), SealCrafter.Ec))!;
        var signatures = root["signatures"]!.AsArray();
        signatures.Add(signatures[0]!.DeepClone());

        ShouldFail(Verify(root.ToJsonString()), CheckCodes.FormatMalformedJws);
    }

    [Fact]
    public void Verify_GeneralAndFlattenedMixed_MalformedJws()
    {
        var root = JsonNode.Parse(SealCrafter.Seal(SealCrafter.Header(SealCrafter.Ec), SealCrafter.Ec))!;
        root["signature"] = root["signatures"]![0]!["signature"]!.DeepClone();

        ShouldFail(Verify(root.ToJsonString()), CheckCodes.FormatMalformedJws);
    }

    [Fact]
    public void Verify_ProtectedHeaderNotBase64Url_MalformedJws()
    {
        var root = JsonNode.Parse(SealCrafter.Seal(SealCrafter.Header(SealCrafter.Ec), SealCrafter.Ec))!;
        root["signatures"]![0]!["protected"] = "eyJ!!!.+/";

        ShouldFail(Verify(root.ToJsonString()), CheckCodes.FormatMalformedJws);
    }

    [Fact]
    public void Verify_ProtectedHeaderNotJson_MalformedJws()
    {
        var result = Verify(SealCrafter.Seal("{\"alg\":\"ES256\"", SealCrafter.Ec));

        ShouldFail(result, CheckCodes.FormatMalformedJws);
    }

    [Fact]
    public void Verify_SignatureNotBase64Url_MalformedJws()
    {
        var root = JsonNode.Parse(SealCrafter.Seal(SealCrafter.Header(SealCrafter.Ec), SealCrafter.Ec))!;
        root["signatures"]![0]!["signature"] = "not*base64";

        ShouldFail(Verify(root.ToJsonString()), CheckCodes.FormatMalformedJws);
    }

    [Fact]
    public void Verify_PayloadNotString_MalformedJws()
    {
        var root = JsonNode.Parse(SealCrafter.Seal(SealCrafter.Header(SealCrafter.Ec), SealCrafter.Ec))!;
        root["payload"] = JsonNode.Parse(SealCrafter.Payload);

        ShouldFail(Verify(root.ToJsonString()), CheckCodes.FormatMalformedJws);
    }

    [Fact]
    public void Verify_DuplicateMemberInProtectedHeader_DuplicateMember()
    {
        var header = SealCrafter.Header(SealCrafter.Ec).ToJsonString();
        var duplicated = header.Insert(1, "\"alg\":\"none\",");

        ShouldFail(Verify(SealCrafter.Seal(duplicated, SealCrafter.Ec)), CheckCodes.FormatDuplicateMember);
    }

    [Fact]
    public void Verify_DuplicateTopLevelPayload_DuplicateMember()
    {
        var sealed_ = SealCrafter.Seal(SealCrafter.Header(SealCrafter.Ec), SealCrafter.Ec);
        var duplicated = sealed_.Insert(1, "\"payload\":\"{\\\"id\\\":\\\"urn:evil\\\"}\",");

        var result = Verify(duplicated);

        result.IsSeal.Should().BeFalse();
        ShouldFail(result, CheckCodes.FormatDuplicateMember);
    }

    [Fact]
    public void Verify_HeaderNameBothProtectedAndUnprotected_DuplicateMember()
    {
        var root = JsonNode.Parse(SealCrafter.Seal(SealCrafter.Header(SealCrafter.Ec), SealCrafter.Ec))!;
        root["signatures"]![0]!["header"] = new JsonObject { ["alg"] = "none" };

        ShouldFail(Verify(root.ToJsonString()), CheckCodes.FormatDuplicateMember);
    }

    [Fact]
    public void Verify_TruncatedJson_Unreadable()
    {
        var text = EuropassSample.Text;

        var result = Verify(text[..(text.Length / 2)]);

        result.IsSeal.Should().BeFalse();
        ShouldFail(result, CheckCodes.FormatUnreadable);
    }

    [Fact]
    public void Verify_DeeplyNestedJson_Unreadable()
    {
        var nested = new string('[', 5000) + new string(']', 5000);

        ShouldFail(Verify(nested), CheckCodes.FormatUnreadable);
    }

    [Fact]
    public void Verify_InputOverLimit_TooLarge()
    {
        var options = new JadesVerificationOptions { MaxInputBytes = 100_000, TimeProvider = new FixedTimeProvider(SealCrafter.Now) };

        var result = JadesVerifier.Verify(EuropassSample.Text, options);

        result.IsSeal.Should().BeFalse();
        ShouldFail(result, CheckCodes.FormatTooLarge);
    }

    [Fact]
    public void Verify_PlainCredential_NotASeal()
    {
        var result = Verify(SealCrafter.Payload);

        result.IsSeal.Should().BeFalse();
        result.Integrity.Should().Be(JadesOutcome.Failed);
    }
}
