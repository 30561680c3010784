using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Model.Status;
using Credentials.Proofs.Findings;
using Credentials.Verifier.Reports;
using Credentials.Verifier.Status;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Verifier.Tests.Status;

/// <summary>
/// A status list's <c>validUntil</c> (past it, the list is not used: the status is unknown) and its <c>ttl</c>
/// (Bitstring Status List v1.0 §2.2: no verified list is kept longer).
/// </summary>
public sealed class StatusListLifetimeTests
{
    private static readonly DateTimeOffset Now = TestKit.Samples.IssuedAt.AddDays(1);

    [Fact]
    public async Task VerifyAsync_ListPastValidUntil_IndeterminateListExpired()
    {
        var source = new StatusListFixture().With(StatusListFixture.Sign(List(validUntil: Now.AddSeconds(-1))));

        var status = await StatusOf(source.Verifier(new FakeTimeProvider(Now)));

        status.Should().Be((CheckOutcome.Indeterminate, CheckCodes.StatusListExpired));
    }

    [Fact]
    public async Task VerifyAsync_ListWithinValidUntil_Active()
    {
        var source = new StatusListFixture().With(StatusListFixture.Sign(List(validUntil: Now.AddHours(1))));

        var status = await StatusOf(source.Verifier(new FakeTimeProvider(Now)));

        status.Should().Be((CheckOutcome.Passed, CheckCodes.StatusActive));
    }

    [Fact]
    public async Task VerifyAsync_CachedListReachesValidUntil_NotReusedAndExpired()
    {
        var time = new FakeTimeProvider(Now);
        var source = new StatusListFixture().With(StatusListFixture.Sign(List(validUntil: Now.AddMinutes(1))));
        var verifier = source.Verifier(time);
        (await StatusOf(verifier)).Should().Be((CheckOutcome.Passed, CheckCodes.StatusActive));

        time.Advance(TimeSpan.FromMinutes(2));

        (await StatusOf(verifier)).Should().Be((CheckOutcome.Indeterminate, CheckCodes.StatusListExpired));
    }

    [Fact]
    public async Task VerifyAsync_ValidUntilWithoutTimeZone_ListInvalid()
    {
        var list = List(validUntil: null);
        list["validUntil"] = "2099-01-01T00:00:00";
        var source = new StatusListFixture().With(StatusListFixture.Sign(list));

        var status = await StatusOf(source.Verifier(new FakeTimeProvider(Now)));

        status.Should().Be((CheckOutcome.Indeterminate, CheckCodes.StatusListInvalid));
    }

    [Theory]
    [InlineData(60_000, 59, true)]
    [InlineData(60_000, 61, false)]
    [InlineData(null, 61, true)]
    [InlineData(null, 301, false)]
    public void TryGet_ListWithTtl_KeptNoLongerThanTtlNorLifetime(int? ttlMilliseconds, int secondsLater, bool kept)
    {
        var time = new FakeTimeProvider(Now);
        var cache = new VerifiedListCache(time);
        var lookup = StatusListLookup.Usable(new BitstringStatusList(BitstringStatusList.MinimumLength), "revocation") with
        {
            TimeToLive = ttlMilliseconds is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        };
        cache.Add("key", lookup);

        time.Advance(TimeSpan.FromSeconds(secondsLater));

        cache.TryGet("key", out _).Should().Be(kept);
    }

    private static JsonObject List(DateTimeOffset? validUntil)
    {
        var list = StatusListFixture.ListDocument(revoked: false);
        if (validUntil is { } until)
        {
            list["validUntil"] = until.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        list["credentialSubject"]!["ttl"] = 300_000;
        return list;
    }

    private static async Task<(CheckOutcome, string)> StatusOf(CredentialVerifier verifier)
    {
        var report = await verifier.VerifyAsync(StatusListFixture.Credential());
        var status = report.Checks.Single(c => c.Check == CheckNames.Status);
        return (status.Outcome, status.Code);
    }
}
