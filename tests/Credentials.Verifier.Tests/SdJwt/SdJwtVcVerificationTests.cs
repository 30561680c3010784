using System.Text.Json.Nodes;
using Credentials.Issuer.Wallet;
using Credentials.Model.Ports;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Keys;
using Credentials.Proofs.SdJwt;
using Credentials.Proofs.VcJwt;
using Credentials.TestKit;
using Credentials.Verifier.Reports;
using Credentials.Verifier.Trust;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Verifier.Tests.SdJwt;

public sealed class SdJwtVcVerificationTests
{
    private const string Audience = "https://verifier.example";
    private const string Nonce = "n-0S6_WzA2Mj";
    private static readonly DateTimeOffset Now = TestKit.Samples.IssuedAt.AddDays(1);
    private static readonly WalletUrls Urls = new("https://credentials.example");

    [Fact]
    public async Task VerifyAsync_IssuedWithEveryDisclosure_VerifiesAndListsThem()
    {
        var issued = await IssueAsync();

        var report = await VerifyAsync(issued);

        report.Verdict.Should().Be(Verdict.Verified, string.Join("; ", report.Problems.Select(p => p.Code + ": " + p.Message)));
        report.Envelope.Should().Be("dc+sd-jwt");
        report.Disclosure!.Disclosed.Select(d => d.Key).Should().BeEquivalentTo("/given_name", "/family_name", "/birthdate", "/student_number", "/email", "/grade");
        report.Disclosure.Withheld.Should().Be(2, "the issuer adds two decoys");
        report.Checks.Should().Contain(c => c.Code == CheckCodes.ProofKeyBindingNotRequested && c.Outcome == CheckOutcome.Skipped, "no key binding was given: nothing says the presenter holds the key");
        report.Checks.Should().NotContain(c => c.Code == CheckCodes.ProofKeyBindingValid);
        report.Checks.Should().Contain(c => c.Code == CheckCodes.IssuerValid, "the issuer's signature holds without a key binding, so the issuer is checked");
        report.Checks.Should().Contain(c => c.Check == CheckNames.Trust && c.Outcome == CheckOutcome.Passed);
    }

    [Fact]
    public async Task VerifyAsync_PresentationWithChosenDisclosuresAndKeyBinding_VerifiesAndCountsWithheld()
    {
        var presented = Present(await IssueAsync(), ["given_name", "family_name"]);

        var report = await VerifyAsync(presented, Expect());

        report.Verdict.Should().Be(Verdict.Verified, string.Join("; ", report.Problems.Select(p => p.Code + ": " + p.Message)));
        report.Disclosure!.Disclosed.Select(d => d.Key).Should().BeEquivalentTo("/given_name", "/family_name");
        report.Disclosure.Withheld.Should().Be(6);
        report.Checks.Should().Contain(c => c.Code == CheckCodes.ProofKeyBindingValid && c.Message.Contains("answers this verifier's challenge", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyAsync_KeyBindingAskedForButAbsent_ReportsMissing()
    {
        var report = await VerifyAsync(await IssueAsync(), Expect());

        Codes(report).Should().Contain(CheckCodes.ProofKeyBindingMissing);
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Theory]
    [InlineData("other-nonce", Audience, 0, CheckCodes.ProofKeyBindingNonceMismatch)]
    [InlineData(Nonce, "https://evil.example", 0, CheckCodes.ProofKeyBindingAudienceMismatch)]
    [InlineData(Nonce, Audience, -3600, CheckCodes.ProofKeyBindingStale)]
    [InlineData(Nonce, Audience, 3600, CheckCodes.ProofKeyBindingStale)]
    public async Task VerifyAsync_KeyBindingForAnotherChallenge_ReportsItsCode(string nonce, string audience, int offsetSeconds, string code)
    {
        var presented = SdJwtPresenter.Present(await IssueAsync(), ["given_name"], TestKeys.Learner, audience, nonce, Now.AddSeconds(offsetSeconds));

        var report = await VerifyAsync(presented, Expect());

        Codes(report).Should().Contain(code);
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Fact]
    public async Task VerifyAsync_DisclosureDroppedAfterKeyBinding_ReportsHashMismatch()
    {
        var presented = Present(await IssueAsync(), ["given_name", "family_name"]);
        var parts = presented.Split('~');
        var dropped = parts[0] + "~" + parts[1] + "~" + parts[^1];

        var report = await VerifyAsync(dropped, Expect());

        Codes(report).Should().Contain(CheckCodes.ProofKeyBindingHashMismatch);
    }

    [Fact]
    public async Task VerifyAsync_KeyBindingByAnotherKey_ReportsSignatureInvalid()
    {
        using var thief = SigningKey.Generate(KeyType.Ed25519);
        var presented = SdJwtPresenter.Present(await IssueAsync(), ["given_name"], thief, Audience, Nonce, Now);

        var report = await VerifyAsync(presented, Expect());

        Codes(report).Should().Contain(CheckCodes.ProofKeyBindingSignatureInvalid);
    }

    [Fact]
    public async Task VerifyAsync_KeyBindingTypedAsJwt_ReportsMalformed()
    {
        var issued = await IssueAsync();
        var claims = new JsonObject { ["iat"] = Now.ToUnixTimeSeconds(), ["aud"] = Audience, ["nonce"] = Nonce, ["sd_hash"] = SdJwtPresenter.SdHash(issued) };
        var kb = new VcJwtSigner(TestKeys.Learner, "holder").Sign(claims.ToJsonString(), "JWT");

        var report = await VerifyAsync(issued + kb, Expect());

        Codes(report).Should().Contain(CheckCodes.ProofKeyBindingMalformed);
    }

    [Fact]
    public async Task VerifyAsync_ChangedDisclosure_ReportsUnreferenced()
    {
        var issued = await IssueAsync();
        var forged = Disclosure.Create("grade", JsonValue.Create("5 (excellent)")).Encoded;

        var report = await VerifyAsync(issued + forged + "~");

        Codes(report).Should().Contain(CheckCodes.FormatSdJwtDisclosureUnreferenced);
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Fact]
    public async Task VerifyAsync_DisclosureGivenTwice_ReportsDuplicate()
    {
        var issued = await IssueAsync();
        var first = issued.Split('~')[1];

        var report = await VerifyAsync(issued + first + "~");

        Codes(report).Should().Contain(CheckCodes.FormatSdJwtDisclosureDuplicate);
    }

    [Theory]
    [InlineData("not*base64")]
    [InlineData("WyJzYWx0Il0")]
    [InlineData("eyJhIjoxfQ")]
    [InlineData("WyK2IiwibiIsMV0")] // ["\xB6","n",1]: a salt that is not UTF-8 (found by the fuzz tests: it threw)
    public async Task VerifyAsync_UnreadableDisclosure_ReportsMalformed(string disclosure)
    {
        var report = await VerifyAsync((await IssueAsync()) + disclosure + "~");

        Codes(report).Should().Contain(CheckCodes.FormatSdJwtDisclosureMalformed);
    }

    [Fact]
    public async Task VerifyAsync_TypedJwt_ReportsTokenType()
    {
        var name = Disclosure.Create("given_name", "Siiri");
        var token = Signed(Claims(name.Digest), "JWT") + "~" + name.Encoded + "~";

        Codes(await VerifyAsync(token)).Should().Contain(CheckCodes.FormatTokenTypeInvalid);
    }

    [Fact]
    public async Task VerifyAsync_Sha512Digests_ReportsAlgorithm()
    {
        var claims = Claims();
        claims["_sd_alg"] = "sha-512";

        Codes(await VerifyAsync(Signed(claims) + "~")).Should().Contain(CheckCodes.FormatSdJwtDigestAlgorithm);
    }

    [Fact]
    public async Task VerifyAsync_DigestListedTwice_ReportsDuplicateDigest()
    {
        var name = Disclosure.Create("given_name", "Siiri");

        Codes(await VerifyAsync(Signed(Claims(name.Digest, name.Digest)) + "~" + name.Encoded + "~")).Should().Contain(CheckCodes.FormatSdJwtDigestDuplicate);
    }

    [Fact]
    public async Task VerifyAsync_DisclosedNameAlreadyPlain_ReportsClash()
    {
        var name = Disclosure.Create("given_name", "Mallory");
        var claims = Claims(name.Digest);
        claims["given_name"] = "Siiri";

        Codes(await VerifyAsync(Signed(claims) + "~" + name.Encoded + "~")).Should().Contain(CheckCodes.FormatSdJwtClaimClash);
    }

    [Theory]
    [InlineData("_sd")]
    [InlineData("...")]
    [InlineData("iss")]
    [InlineData("status")]
    public async Task VerifyAsync_DisclosureOfReservedName_ReportsNameInvalid(string name)
    {
        var disclosure = Disclosure.Create(name, "x");

        Codes(await VerifyAsync(Signed(Claims(disclosure.Digest)) + "~" + disclosure.Encoded + "~")).Should().Contain(CheckCodes.FormatSdJwtClaimNameInvalid);
    }

    [Fact]
    public async Task VerifyAsync_SdNotAnArray_ReportsDigestsMalformed()
    {
        var claims = Claims();
        claims["_sd"] = "digest";

        Codes(await VerifyAsync(Signed(claims) + "~")).Should().Contain(CheckCodes.FormatSdJwtDigestsMalformed);
    }

    [Fact]
    public async Task VerifyAsync_ArrayElementDisclosures_AreDisclosedOrDropped()
    {
        var element = ElementDisclosure("second");
        var claims = Claims();
        claims["tags"] = new JsonArray("first", new JsonObject { ["..."] = element.Digest }, new JsonObject { ["..."] = Disclosure.Decoy() });

        var report = await VerifyAsync(Signed(claims) + "~" + element.Encoded + "~");

        report.Verdict.Should().Be(Verdict.Verified, string.Join("; ", report.Problems.Select(p => p.Code + ": " + p.Message)));
        report.Disclosure!.Disclosed.Should().ContainSingle(d => d.Key == "/tags/1");
        report.Disclosure.Withheld.Should().Be(1);
    }

    [Fact]
    public async Task VerifyAsync_ChangedPayload_FailsProof()
    {
        var issued = await IssueAsync();
        var jwt = issued[..issued.IndexOf('~', StringComparison.Ordinal)];
        var payload = TestCredentials.Payload(jwt);
        payload["ects"] = 50;

        var report = await VerifyAsync(TestCredentials.WithPayload(jwt, payload.ToJsonString()) + issued[issued.IndexOf('~', StringComparison.Ordinal)..]);

        Codes(report).Should().Contain(CheckCodes.ProofSignatureInvalid);
    }

    [Theory]
    [InlineData(TokenStatusList.Valid, CheckCodes.StatusActive)]
    [InlineData(TokenStatusList.Invalid, CheckCodes.StatusRevoked)]
    [InlineData(TokenStatusList.Suspended, CheckCodes.StatusSuspended)]
    public async Task VerifyAsync_TokenStatusList_ReportsTheStatusAtTheIndex(byte status, string code)
    {
        var lists = new TokenLists().With(TokenList(status));

        var report = await VerifyAsync(await IssueAsync(), lists: lists);

        Codes(report).Should().Contain(code);
    }

    [Fact]
    public async Task VerifyAsync_TokenStatusListOfAnotherIssuer_IsIndeterminate()
    {
        var lists = new TokenLists().With(TokenList(TokenStatusList.Valid, TestKeys.Vastra));

        var report = await VerifyAsync(await IssueAsync(), lists: lists);

        Codes(report).Should().Contain(CheckCodes.StatusListInvalid);
        report.Verdict.Should().NotBe(Verdict.Verified);
    }

    [Fact]
    public async Task VerifyAsync_TokenStatusListForAnotherUri_IsIndeterminate()
    {
        var lists = new TokenLists().With(TokenList(TokenStatusList.Valid, subject: Urls.TokenStatusList(4)));

        Codes(await VerifyAsync(await IssueAsync(), lists: lists)).Should().Contain(CheckCodes.StatusListInvalid);
    }

    internal static async Task<string> IssueAsync() =>
        (await new SdJwtVcIssuer(TestKeys.Northern, Urls, new FakeTimeProvider(Now)).IssueAsync(new WalletIssueRequest(
            "urn:uuid:00000000-0000-4000-8000-000000000001",
            TestKeys.Northern.Did,
            TestCredentials.Elm(TestKit.Samples.Northern, TestKeys.Northern),
            [new StatusAllocation(StatusPurpose.Revocation, 3, 17)],
            TestKeys.Learner.PublicJwk.ToJson()))).Compact;

    private static string Present(string issued, string[] names) => SdJwtPresenter.Present(issued, names, TestKeys.Learner, Audience, Nonce, Now);

    private static VerifierOptions Expect() => new() { KeyBinding = new KeyBindingExpectation(Nonce, Audience, KeyBindingExpectation.DefaultMaxAge) };

    private static Task<VerificationReport> VerifyAsync(string input, VerifierOptions? options = null, IStatusListSource? lists = null) =>
        new CredentialVerifier(
            (options ?? new VerifierOptions()) with { TrustedIssuers = TrustedIssuers.Parse(File.ReadAllText(TestKeys.TrustedIssuersPath)) },
            new FakeTimeProvider(Now),
            TestKeys.DidDocuments,
            null,
            lists ?? new TokenLists().With(TokenList(TokenStatusList.Valid))).VerifyAsync(input);

    private static IEnumerable<string> Codes(VerificationReport report) => report.Checks.Select(c => c.Code);

    private static JsonObject Claims(params string[] digests) => new()
    {
        ["iss"] = TestKeys.Northern.Did,
        ["vct"] = Urls.Vct,
        ["iat"] = Now.ToUnixTimeSeconds(),
        ["_sd"] = new JsonArray(digests.Select(d => (JsonNode)JsonValue.Create(d)).ToArray()),
        ["_sd_alg"] = "sha-256",
    };

    private static string Signed(JsonObject claims, string typ = "dc+sd-jwt") =>
        new VcJwtSigner(TestKeys.Northern.Key, TestKeys.Northern.KeyId).Sign(claims.ToJsonString(), typ);

    private static Disclosure ElementDisclosure(string value)
    {
        var encoded = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(new JsonArray("c2FsdHNhbHRzYWx0c2FsdA", value).ToJsonString()));
        return Disclosure.TryParse(encoded, out _)!;
    }

    private static string TokenList(byte status, IssuerKey? signer = null, string? subject = null)
    {
        var list = TokenStatusList.Create(1024);
        list.Set(17, status);
        var claims = new JsonObject
        {
            ["sub"] = subject ?? Urls.TokenStatusList(3),
            ["iat"] = Now.ToUnixTimeSeconds(),
            ["exp"] = Now.AddHours(1).ToUnixTimeSeconds(),
            ["ttl"] = 300,
            ["status_list"] = new JsonObject { ["bits"] = 2, ["lst"] = list.Encode() },
        };
        signer ??= TestKeys.Northern;
        return new VcJwtSigner(signer.Key, signer.KeyId).Sign(claims.ToJsonString(), "statuslist+jwt");
    }

    private sealed class TokenLists : IStatusListSource
    {
        private string? _token;

        public TokenLists With(string token)
        {
            _token = token;
            return this;
        }

        public Task<string?> GetAsync(string url, CancellationToken cancellationToken) =>
            Task.FromResult(url == Urls.TokenStatusList(3) ? _token : null);
    }
}
