using Credentials.Proofs.Findings;
using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.VcJwt;
using Credentials.TestKit;
using Credentials.TestKit.Fuzzing;
using Credentials.Verifier.Presentations;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Fuzzing;

/// <summary>The crash classes of issue 13, each signed with the issuer's real key so that nothing stops it before the check that crashed.</summary>
public sealed class KnownCrashTests
{
    private const string Marker = "zzKNOWNzz";

    private static string ValidToken => File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt")).Trim();

    public static TheoryData<string, string> NumericDateClaims
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var claim in new[] { "exp", "nbf", "iat" })
            {
                foreach (var value in new[] { "null", "\"2030-01-01T00:00:00Z\"", "true", "{}", "[]", "[1]", "1e400" })
                {
                    data.Add(claim, value);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(NumericDateClaims))]
    public async Task VerifyAsync_NumericDateClaimOfAnotherType_ReportsNotVerified(string claim, string value)
    {
        var token = Signed(Header(), WithRaw(PayloadJson(), claim, value));

        var report = await FuzzVerifiers.Credentials.VerifyAsync(token);

        report.Verdict.Should().NotBe(Verdict.Verified);
        if (claim != "iat")
        {
            report.Checks.Should().Contain(c => c.Outcome == CheckOutcome.Failed && c.Pointer == "/" + claim);
        }
    }

    [Theory]
    [MemberData(nameof(NumericDateClaims))]
    public async Task VerifyAsync_PresentationNumericDateClaimOfAnotherType_ReportsNotVerified(string claim, string value)
    {
        var seed = FuzzCorpus.Named("fixture-vp.jwt");
        var parts = Encoding.ASCII.GetString(seed.Bytes).Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        var token = Resigned(parts[0], Encoding.UTF8.GetBytes(WithRaw(payload, claim, value)));

        var report = await FuzzVerifiers.Presentations.VerifyAsync(token, new PresentationExpectations(FuzzCorpus.Challenge, null));

        report.Verdict.Should().NotBe(Verdict.Verified);
    }

    [Theory]
    [InlineData("kid", new byte[] { 0xff })]
    [InlineData("kid", new byte[] { 0xed, 0xa0, 0x80 })]
    [InlineData("alg", new byte[] { 0xc3 })]
    [InlineData("kid", new byte[] { 0x5c, 0x75, 0x64, 0x38, 0x30, 0x30 })]
    [InlineData("typ", new byte[] { 0x5c, 0x75, 0x64, 0x63, 0x30, 0x30 })]
    public async Task VerifyAsync_HeaderStringNotUnicode_FailsFormatAsMalformed(string member, byte[] inside)
    {
        var header = Encoding.UTF8.GetBytes(Header().Replace("\"" + member + "\":\"", "\"" + member + "\":\"X", StringComparison.Ordinal));
        var at = Array.IndexOf(header, (byte)'X');
        byte[] broken = [.. header[..at], .. inside, .. header[(at + 1)..]];

        var report = await FuzzVerifiers.Credentials.VerifyAsync(Signed(broken, Encoding.UTF8.GetBytes(PayloadJson())));

        report.Checks[0].Should().Match<CheckResult>(c => c.Check == CheckNames.Format && c.Outcome == CheckOutcome.Failed && c.Code == CheckCodes.FormatInvalidText);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00\\ud800")]
    public async Task VerifyAsync_SignedPayloadWithLoneSurrogate_FailsFormatAsMalformed(string escape)
    {
        var payload = PayloadJson().Replace("\u00c4ij\u00e4l\u00e4", "\u00c4ij" + escape, StringComparison.Ordinal);
        payload.Should().Contain(escape);

        var report = await FuzzVerifiers.Credentials.VerifyAsync(Signed(Header(), payload));

        report.Checks[0].Code.Should().Be(CheckCodes.FormatInvalidText);
    }

    [Fact]
    public async Task VerifyAsync_JsonCredentialWithLoneSurrogate_FailsFormatAsUnreadable()
    {
        var json = Encoding.UTF8.GetString(FuzzCorpus.Named("fixture-di-jcs.json").Bytes).Replace("Siiri", "Si\\ud800ri", StringComparison.Ordinal);

        var report = await FuzzVerifiers.Credentials.VerifyAsync(json);

        report.Checks[0].Code.Should().Be(CheckCodes.FormatInvalidText);
    }

    [Fact]
    public async Task VerifyAsync_SealPayloadWithLoneSurrogate_FailsFormat()
    {
        var json = Encoding.UTF8.GetString(FuzzCorpus.Named("Sample-MC-Annex1-signed.jsonld").Bytes).Replace("Ana Andromeda", "Ana \\\\ud800Andromeda", StringComparison.Ordinal);

        var report = await FuzzVerifiers.Credentials.VerifyAsync(json);

        report.Checks[0].Should().Match<CheckResult>(c => c.Check == CheckNames.Format && c.Outcome == CheckOutcome.Failed);
    }

    private static string Header() => "{\"alg\":\"EdDSA\",\"kid\":\"" + TestKeys.Northern.KeyId + "\",\"typ\":\"JWT\"}";

    private static string PayloadJson() => TestCredentials.Payload(ValidToken).ToJsonString(VcJwtSigner.PayloadJson);

    private static string WithRaw(string payload, string claim, string rawValue)
    {
        var o = JsonNode.Parse(payload)!.AsObject();
        o[claim] = Marker;
        return o.ToJsonString(VcJwtSigner.PayloadJson).Replace("\"" + Marker + "\"", rawValue, StringComparison.Ordinal);
    }

    private static string Signed(string header, string payload) => Signed(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(payload));

    private static string Signed(byte[] header, byte[] payload) => Resigned(Base64Url.EncodeToString(header), payload);

    private static string Resigned(string encodedHeader, byte[] payload)
    {
        var input = encodedHeader + "." + Base64Url.EncodeToString(payload);
        return Encoding.ASCII.GetString(FuzzSigner.Resign(new MutatedInput(Encoding.ASCII.GetBytes(input + ".AA"), "known", false)).Bytes);
    }
}
