using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Issuer.Wallet;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Proofs.Keys;
using Credentials.TestKit;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Credentials.Issuer.Tests.Wallet;

public sealed class SdJwtVcIssuerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly WalletUrls Urls = new("https://credentials.uni.example/");

    [Fact]
    public async Task IssueAsync_NorthernAward_SignsTypedSdJwtWithPlainCourseAndOneDisclosurePerIdentityClaim()
    {
        var issuer = new SdJwtVcIssuer(TestKeys.Northern, Urls, new FakeTimeProvider(Now));

        var issued = await issuer.IssueAsync(Request(TestKeys.Northern), CancellationToken.None);

        issued.Vct.Should().Be("https://credentials.uni.example/credentials/types/micro-credential");
        issued.Compact.Should().EndWith("~");
        var parts = issued.Compact.Split('~');
        var header = TestCredentials.Header(parts[0]);
        header["typ"]!.GetValue<string>().Should().Be("dc+sd-jwt");
        header["alg"]!.GetValue<string>().Should().Be("EdDSA");
        header["kid"]!.GetValue<string>().Should().Be(TestKeys.Northern.KeyId);
        var payload = TestCredentials.Payload(parts[0]);
        payload["iss"]!.GetValue<string>().Should().Be(TestKeys.Northern.Did);
        payload["vct"]!.GetValue<string>().Should().Be(issued.Vct);
        payload["iat"]!.GetValue<long>().Should().Be(Now.ToUnixTimeSeconds());
        payload["_sd_alg"]!.GetValue<string>().Should().Be("sha-256");
        payload["cnf"]!["jwk"]!["x"]!.GetValue<string>().Should().Be(TestKeys.Learner.PublicJwk.X);
        payload["status"]!["status_list"]!["idx"]!.GetValue<int>().Should().Be(17);
        payload["status"]!["status_list"]!["uri"]!.GetValue<string>().Should().Be("https://credentials.uni.example/token-status/3");
        payload["title"]!["fi"]!.GetValue<string>().Should().Be("Koneoppimisen perusteet");
        payload["ects"]!.GetValue<decimal>().Should().Be(5m);
        payload["eqf_level"]!.GetValue<int>().Should().Be(6);
        payload["learning_outcomes"]!.AsArray().Should().NotBeEmpty();
        payload.ContainsKey("given_name").Should().BeFalse();
        payload.ContainsKey("grade").Should().BeFalse();

        var disclosures = parts[1..^1].Select(Decode).ToList();
        disclosures.Select(d => d[1]!.GetValue<string>()).Should().BeEquivalentTo("given_name", "family_name", "birthdate", "student_number", "email", "grade");
        disclosures.Single(d => d[1]!.GetValue<string>() == "given_name")[2]!.GetValue<string>().Should().Be("Siiri");
        disclosures.Single(d => d[1]!.GetValue<string>() == "birthdate")[2]!.GetValue<string>().Should().Be("2001-02-28");
        disclosures.Should().OnlyContain(d => Base64Url.DecodeFromChars(d[0]!.GetValue<string>()).Length == 16);
        var digests = payload["_sd"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        digests.Should().HaveCount(disclosures.Count + 2, "two decoys hide how many claims there are");
        parts[1..^1].Select(e => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(e)))).Should().BeSubsetOf(digests);
    }

    [Fact]
    public async Task IssueAsync_P256Issuer_SignsEs256()
    {
        var issuer = new SdJwtVcIssuer(TestKeys.Vastra, Urls, new FakeTimeProvider(Now));

        var issued = await issuer.IssueAsync(Request(TestKeys.Vastra), CancellationToken.None);

        TestCredentials.Header(issued.Compact.Split('~')[0])["alg"]!.GetValue<string>().Should().Be("ES256");
    }

    [Fact]
    public async Task IssueAsync_TwoIssues_UseFreshSalts()
    {
        var issuer = new SdJwtVcIssuer(TestKeys.Northern, Urls, new FakeTimeProvider(Now));

        var first = await issuer.IssueAsync(Request(TestKeys.Northern), CancellationToken.None);
        var second = await issuer.IssueAsync(Request(TestKeys.Northern), CancellationToken.None);

        first.Compact.Split('~')[1..^1].Should().NotIntersectWith(second.Compact.Split('~')[1..^1]);
    }

    [Fact]
    public async Task IssueAsync_PrivateHolderKey_Throws()
    {
        var issuer = new SdJwtVcIssuer(TestKeys.Northern, Urls, new FakeTimeProvider(Now));
        var request = Request(TestKeys.Northern) with { HolderKey = TestKeys.Learner.PrivateJwk.ToJson() };

        var act = () => issuer.IssueAsync(request, CancellationToken.None);

        await act.Should().ThrowAsync<ArgumentException>();
    }

    internal static WalletIssueRequest Request(IssuerKey issuer) => new(
        "urn:uuid:00000000-0000-4000-8000-000000000001",
        issuer.Did,
        TestCredentials.Elm(issuer == TestKeys.Northern ? Samples.Northern : Samples.Vastra, issuer),
        [new StatusAllocation(StatusPurpose.Revocation, 3, 17), new StatusAllocation(StatusPurpose.Suspension, 4, 99)],
        TestKeys.Learner.PublicJwk.ToJson());

    private static JsonArray Decode(string encoded) => JsonNode.Parse(Base64Url.DecodeFromChars(encoded))!.AsArray();
}
