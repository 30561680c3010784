using Credentials.Proofs.Findings;
using Credentials.Proofs.Keys;
using Credentials.TestKit;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Status;

/// <summary>
/// One verifier keeps verified status lists by their exact token: what it answers must be what a fresh verifier
/// answers, whatever the order the lists arrive in.
/// </summary>
public sealed class VerifiedListCacheTests
{
    [Fact]
    public async Task VerifyAsync_ListChangesToRevoked_SameVerifierSeesRevocation()
    {
        var source = new StatusListFixture().With(StatusListFixture.Sign(StatusListFixture.ListDocument(revoked: false)));
        var verifier = source.Verifier();
        (await StatusOf(verifier)).Should().Be((CheckOutcome.Passed, CheckCodes.StatusActive));

        source.With(StatusListFixture.Sign(StatusListFixture.ListDocument(revoked: true)));

        (await StatusOf(verifier)).Should().Be((CheckOutcome.Failed, CheckCodes.StatusRevoked));
    }

    [Fact]
    public async Task VerifyAsync_ListFailedThenGenuine_FailureIsNotRemembered()
    {
        var stranger = StatusListFixture.ListDocument(revoked: false, issuer: TestKeys.Vastra.Did);
        var source = new StatusListFixture().With(StatusListFixture.Sign(stranger, TestKeys.Vastra));
        var verifier = source.Verifier();
        (await StatusOf(verifier)).Should().Be((CheckOutcome.Indeterminate, CheckCodes.StatusListInvalid));

        source.With(StatusListFixture.Sign(StatusListFixture.ListDocument(revoked: true)));

        (await StatusOf(verifier)).Should().Be((CheckOutcome.Failed, CheckCodes.StatusRevoked));
    }

    [Fact]
    public async Task VerifyAsync_SameTokenTwice_SameAnswerAsFreshVerifier()
    {
        var source = new StatusListFixture().With(StatusListFixture.Sign(StatusListFixture.ListDocument(revoked: true)));
        var verifier = source.Verifier();

        var first = await StatusOf(verifier);
        var second = await StatusOf(verifier);

        second.Should().Be(first).And.Be(await StatusOf(source.Verifier()));
    }

    [Fact]
    public async Task VerifyAsync_CachedListVerifiedForOtherIssuer_NotReusedForThisOne()
    {
        // The same token, verified for Northern, must not pass for a credential of another issuer.
        var token = StatusListFixture.Sign(StatusListFixture.ListDocument(revoked: false));
        var source = new StatusListFixture().With(token);
        var verifier = source.Verifier();
        (await StatusOf(verifier)).Should().Be((CheckOutcome.Passed, CheckCodes.StatusActive));

        var report = await verifier.VerifyAsync(StatusListFixture.Credential(key: TestKeys.Vastra));

        report.Checks.Single(c => c.Check == CheckNames.Status).Code.Should().Be(CheckCodes.StatusListInvalid);
    }

    private static async Task<(CheckOutcome, string)> StatusOf(CredentialVerifier verifier)
    {
        var report = await verifier.VerifyAsync(StatusListFixture.Credential());
        var status = report.Checks.Single(c => c.Check == CheckNames.Status);
        return (status.Outcome, status.Code);
    }
}
