using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Model.Elm;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Findings;
using Credentials.Proofs.VcJwt;
using Credentials.TestKit;
using Credentials.Verifier.Reports;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Verifier.Tests.Strictness;

/// <summary>One test per class of looseness the verifier once had (issue "one verifier per format, strict by construction").</summary>
public sealed class StrictnessTests
{
    private static JsonObject Document() => TestCredentials.Elm(TestKit.Samples.Northern, TestKeys.Northern);

    private static string Header(string typ, string? cty = null, string extra = "") =>
        "{\"alg\":\"EdDSA\",\"kid\":\"" + TestKeys.Northern.KeyId + "\",\"typ\":\"" + typ + "\"" + (cty is null ? string.Empty : ",\"cty\":\"" + cty + "\"") + extra + "}";

    private static string Jose(JsonObject document) => new VcJwtSigner(TestKeys.Northern.Key, TestKeys.Northern.KeyId).SignJose(document);

    private static string SignBytes(string headerJson, byte[] payload)
    {
        var input = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(headerJson)) + "." + Base64Url.EncodeToString(payload);
        return input + "." + Base64Url.EncodeToString(TestKeys.Northern.Key.Sign(Encoding.ASCII.GetBytes(input)));
    }

    private static async Task<VerificationReport> Verify(string input, TimeProvider? time = null, VerifierOptions? options = null) =>
        await VerifierFactory.Create(time ?? new FakeTimeProvider(TestKit.Samples.IssuedAt.AddDays(1)), options: options).VerifyAsync(input);

    private static IEnumerable<string> Codes(VerificationReport report, string check) => report.Checks.Where(c => c.Check == check).Select(c => c.Code);

    [Fact]
    public async Task Baseline_BothTokenFormats_Verify()
    {
        (await Verify(TestCredentials.Jwt(Document(), TestKeys.Northern))).Verdict.Should().Be(Verdict.Verified);
        (await Verify(Jose(Document()))).Verdict.Should().Be(Verdict.Verified);
    }

    [Theory]
    [InlineData("at+jwt")]
    [InlineData("kb+jwt")]
    [InlineData("vp+jwt")]
    [InlineData("dc+sd-jwt")]
    [InlineData("vc+jwt")]
    public async Task VcJwt11_TypedAsAnotherToken_FailsFormat(string typ)
    {
        var payload = TestCredentials.Payload(TestCredentials.Jwt(Document(), TestKeys.Northern)).ToJsonString();

        var report = await Verify(TestCredentials.RawJws(Header(typ), payload, TestKeys.Northern.Key));

        Codes(report, CheckNames.Format).Should().Contain(CheckCodes.FormatTokenTypeInvalid);
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Theory]
    [InlineData("JWT", null)]
    [InlineData("at+jwt", null)]
    [InlineData("vc+jwt", "vp")]
    public async Task VcJose_WrongTypOrCty_FailsFormat(string typ, string? cty)
    {
        var report = await Verify(TestCredentials.RawJws(Header(typ, cty), Document().ToJsonString(), TestKeys.Northern.Key));

        Codes(report, CheckNames.Format).Should().Contain(CheckCodes.FormatTokenTypeInvalid);
    }

    [Theory]
    [InlineData("application/vc+jwt", "application/vc")]
    [InlineData("VC+JWT", null)]
    public async Task VcJose_MediaTypeSpellings_AreAccepted(string typ, string? cty)
    {
        var report = await Verify(TestCredentials.RawJws(Header(typ, cty), Document().ToJsonString(), TestKeys.Northern.Key));

        report.Verdict.Should().Be(Verdict.Verified);
    }

    [Fact]
    public async Task VcJose_IssDifferentFromIssuer_FailsFormat()
    {
        var document = Document();
        document["iss"] = "did:key:z6MkSomeoneElse";

        var report = await Verify(TestCredentials.RawJws(Header("vc+jwt"), document.ToJsonString(), TestKeys.Northern.Key));

        Codes(report, CheckNames.Format).Should().Contain(CheckCodes.FormatClaimsMismatch);
    }

    [Fact]
    public async Task VcJwt11_IssDifferentFromObjectIssuerId_FailsFormat()
    {
        var token = TestCredentials.Jwt(Document(), TestKeys.Northern);
        var payload = TestCredentials.Payload(token);
        payload["iss"] = "did:key:z6MkSomeoneElse";

        var report = await Verify(TestCredentials.RawJws(Header("JWT"), payload.ToJsonString(), TestKeys.Northern.Key));

        Codes(report, CheckNames.Format).Should().Contain(CheckCodes.FormatClaimsMismatch);
    }

    [Fact]
    public async Task PaddedSignature_IsMalformed()
    {
        var token = Jose(Document());
        var padded = token + new string('=', (4 - (token.Split('.')[2].Length % 4)) % 4);
        padded.Should().NotBe(token, "an Ed25519 signature (64 bytes) base64url-encodes to 86 characters, which padding makes 88");

        var report = await Verify(padded);

        Codes(report, CheckNames.Format).Should().Equal(CheckCodes.FormatMalformedJws);
    }

    [Fact]
    public async Task NonCanonicalSpareBits_AreMalformed()
    {
        var token = Jose(Document());
        var last = token[^1];
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var changed = token[..^1] + alphabet[alphabet.IndexOf(last, StringComparison.Ordinal) ^ 1];

        var report = await Verify(changed);

        Codes(report, CheckNames.Format).Should().Equal(CheckCodes.FormatMalformedJws);
    }

    [Fact]
    public async Task SignedPayloadWithInvalidUtf8_IsInvalidText()
    {
        var json = Encoding.UTF8.GetBytes(Document().ToJsonString());
        var at = Array.IndexOf(json, (byte)'S'); // inside a string value
        var payload = json[..at].Concat(new byte[] { 0xC3, 0x28 }).Concat(json[at..]).ToArray();

        var report = await Verify(SignBytes(Header("vc+jwt"), payload));

        Codes(report, CheckNames.Format).Should().Equal(CheckCodes.FormatInvalidText);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    [InlineData("\\ud800\\u0041")]
    public async Task SignedPayloadWithLoneSurrogate_IsInvalidText(string escape)
    {
        var document = Document();
        var json = document.ToJsonString().Replace("\"Foundations", "\"" + escape + "Foundations", StringComparison.Ordinal);

        var report = await Verify(TestCredentials.RawJws(Header("vc+jwt"), json, TestKeys.Northern.Key));

        Codes(report, CheckNames.Format).Should().Equal(CheckCodes.FormatInvalidText);
    }

    [Fact]
    public async Task HeaderKidWithLoneSurrogate_IsInvalidText()
    {
        var report = await Verify(TestCredentials.RawJws("{\"alg\":\"EdDSA\",\"typ\":\"vc+jwt\",\"kid\":\"did:key:\\ud800\"}", Document().ToJsonString(), TestKeys.Northern.Key));

        Codes(report, CheckNames.Format).Should().Equal(CheckCodes.FormatInvalidText);
    }

    [Fact]
    public async Task PairedSurrogates_AreText()
    {
        var document = Document();
        var json = document.ToJsonString().Replace("\"Foundations", "\"\\ud83c\\udf93 Foundations", StringComparison.Ordinal);

        var report = await Verify(TestCredentials.RawJws(Header("vc+jwt"), json, TestKeys.Northern.Key));

        Codes(report, CheckNames.Format).Should().Equal(CheckCodes.FormatOk);
    }

    [Fact]
    public async Task ClaimOfTheWrongType_SignatureStillJudgedIntact_DateMalformed()
    {
        // The signature covers the bytes, whatever the claims say: a string exp is a malformed date, not a forgery
        // (the JWT library's token handler, no longer used for signatures, refused to read such a token at all).
        var payload = TestCredentials.Payload(TestCredentials.Jwt(Document(), TestKeys.Northern));
        payload["exp"] = "2030-06-15";

        var report = await Verify(TestCredentials.RawJws(Header("JWT"), payload.ToJsonString(), TestKeys.Northern.Key));

        Codes(report, CheckNames.Proof).Should().Equal(CheckCodes.ProofValid);
        Codes(report, CheckNames.Validity).Should().Contain(CheckCodes.ValidityMalformedDate);
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Theory]
    [InlineData("2026-06-15T12:00:00")]
    [InlineData("2026-06-15")]
    [InlineData(" 2026-06-15T12:00:00Z")]
    [InlineData("Mon, 15 Jun 2026 12:00:00 GMT")]
    [InlineData("2026-06-15T12:00Z")]
    [InlineData("2026-06-15t12:00:00Z")]
    public async Task DatesWithoutTimeZoneOrInOtherForms_AreMalformed(string date)
    {
        var document = Document();
        document["validUntil"] = date;

        var report = await Verify(Jose(document));

        Codes(report, CheckNames.Validity).Should().Contain(CheckCodes.ValidityMalformedDate);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"1900000000\"")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    public async Task NumericDateOfAnotherJsonType_IsMalformedAndNeverThrows(string value)
    {
        foreach (var claim in new[] { "exp", "nbf", "iat" })
        {
            var payload = TestCredentials.Payload(TestCredentials.Jwt(Document(), TestKeys.Northern));
            payload[claim] = JsonNode.Parse(value);

            var report = await Verify(TestCredentials.RawJws(Header("JWT"), payload.ToJsonString(), TestKeys.Northern.Key));

            report.Verdict.Should().NotBe(Verdict.Verified, claim + " = " + value);
            Codes(report, CheckNames.Validity).Should().Contain(CheckCodes.ValidityMalformedDate, claim);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"did:key:z6MkLearner\"")]
    [InlineData("[]")]
    [InlineData("[1]")]
    public async Task CredentialSubjectMissingOrNotObjects_FailsFormat(string? subject)
    {
        var document = Document();
        document["credentialSubject"] = subject is null ? null : JsonNode.Parse(subject);
        if (subject is null)
        {
            document.Remove("credentialSubject");
        }

        var report = await Verify(Jose(document));

        Codes(report, CheckNames.Format).Should().Contain(CheckCodes.FormatSubjectInvalid);
    }

    [Fact]
    public async Task InlineCopyOfTheBaseContext_FailsFormat()
    {
        var document = Document();
        var contexts = document["@context"]!.AsArray();
        contexts[0] = new JsonObject { ["@version"] = 1.1, ["id"] = "@id", ["type"] = "@type" };

        var report = await Verify(Jose(document));

        Codes(report, CheckNames.Format).Should().Contain(CheckCodes.FormatContextInvalid);
    }

    [Fact]
    public async Task BaseContextsOfBothVersions_FailFormat()
    {
        var document = Document();
        var first = document["@context"]!.AsArray()[0]!.GetValue<string>();
        document["@context"]!.AsArray().Add(first == "https://www.w3.org/2018/credentials/v1" ? "https://www.w3.org/ns/credentials/v2" : "https://www.w3.org/2018/credentials/v1");

        var report = await Verify(Jose(document));

        Codes(report, CheckNames.Format).Should().Contain(CheckCodes.FormatContextInvalid);
    }

    [Fact]
    public async Task Vcdm11ContextWithVcdm2Terms_FailsFormat()
    {
        var document = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1"),
            ["type"] = new JsonArray("VerifiableCredential"),
            ["issuer"] = TestKeys.Northern.Did,
            ["validFrom"] = "2026-06-15T12:00:00Z",
            ["credentialSubject"] = new JsonObject { ["id"] = "did:example:learner" },
        };

        var report = await Verify(Jose(document));

        Codes(report, CheckNames.Format).Should().Contain(CheckCodes.FormatContextInvalid);
    }

    [Fact]
    public async Task DataIntegrityWithAContextWeCannotLoad_IsIndeterminateNotFailed()
    {
        var plain = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["type"] = new JsonArray("VerifiableCredential"),
            ["issuer"] = TestKeys.Northern.Did,
            ["validFrom"] = "2026-06-15T12:00:00Z",
            ["credentialSubject"] = new JsonObject { ["id"] = "did:example:learner" },
        };
        var secured = await DataIntegrityProofs.SignAsync(plain, TestKeys.Northern.Key, TestKeys.Northern.KeyId, new DataIntegrityOptions { Cryptosuite = Cryptosuites.EddsaRdfc2022, Created = TestKit.Samples.IssuedAt });
        (await Verify(secured.ToJsonString())).Verdict.Should().Be(Verdict.Verified);
        secured["@context"]!.AsArray().Add("https://contexts.example/not-bundled/v1");

        var report = await Verify(secured.ToJsonString());

        var proof = report.Checks.Where(c => c.Check == CheckNames.Proof).ToList();
        report.Checks.Where(c => c.Outcome == CheckOutcome.Failed).Select(c => c.Code + " " + c.Message).Should().BeEmpty();
        proof.Should().ContainSingle().Which.Code.Should().Be(CheckCodes.ProofContextUnavailable);
        proof[0].Outcome.Should().Be(CheckOutcome.Indeterminate);
        report.Verdict.Should().Be(Verdict.Indeterminate);
    }

    [Fact]
    public async Task CredentialAsAJsonString_IsNotACredential()
    {
        var secured = await DataIntegrityProofs.SignAsync(Document(), TestKeys.Northern.Key, TestKeys.Northern.KeyId, new DataIntegrityOptions { Cryptosuite = Cryptosuites.EddsaJcs2022, Created = TestKit.Samples.IssuedAt });

        var report = await Verify(JsonValue.Create(secured.ToJsonString())!.ToJsonString());

        Codes(report, CheckNames.Format).Should().Equal(CheckCodes.FormatNotACredential);
    }

    [Theory]
    [InlineData(0, -1, CheckCodes.ValidityValid)]
    [InlineData(0, 0, CheckCodes.ValidityExpired)]
    [InlineData(60, 59, CheckCodes.ValidityValid)]
    [InlineData(60, 60, CheckCodes.ValidityExpired)]
    public async Task ClockSkew_IsASetting_AndAnEndEqualToNowHasPassed(int skewSeconds, int secondsAfterExpiry, string code)
    {
        var expires = new DateTimeOffset(2027, 6, 15, 12, 0, 0, TimeSpan.Zero);
        var document = ElmCredentialBuilder.Build(TestKit.Samples.Northern, new ElmBuildOptions { CredentialId = "urn:uuid:00000000-0000-4000-8000-0000000000ab", IssuerId = TestKeys.Northern.Did, IssuedAt = TestKit.Samples.IssuedAt, ExpirationDate = expires });

        var report = await Verify(Jose(document), new FakeTimeProvider(expires.AddSeconds(secondsAfterExpiry)), new VerifierOptions { ClockSkew = TimeSpan.FromSeconds(skewSeconds) });

        Codes(report, CheckNames.Validity).Should().Contain(code);
    }
}
