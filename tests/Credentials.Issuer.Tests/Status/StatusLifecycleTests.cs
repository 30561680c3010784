using Credentials.Proofs.Findings;
using Credentials.Model.Registry;
using Credentials.Verifier.Reports;

namespace Credentials.Issuer.Tests.Status;

public sealed class StatusLifecycleTests
{
    [Fact]
    public async Task VerifyAsync_FreshlyIssued_StatusActiveAndVerified()
    {
        await using var registry = await RegistryFixture.CreateAsync();
        var issued = await registry.IssueAsync("100001");

        var report = await registry.VerifyAsync(issued.Secured!);

        report.Verdict.Should().Be(Verdict.Verified, string.Join("; ", report.Checks.Select(c => c.Code + " " + c.Message)));
        report.Checks.Where(c => c.Check == CheckNames.Status).Select(c => c.Code).Should().Equal(CheckCodes.StatusActive, CheckCodes.StatusActive);
    }

    [Fact]
    public async Task VerifyAsync_AfterRevoke_ReportsStatusRevoked()
    {
        await using var registry = await RegistryFixture.CreateAsync();
        var issued = await registry.IssueAsync("100002");
        var other = await registry.IssueAsync("100003");

        (await registry.ChangeAsync(issued.CredentialId, StatusAction.Revoke)).Outcome.Should().Be(StatusChangeOutcome.Changed);
        var report = await registry.VerifyAsync(issued.Secured!);
        var otherReport = await registry.VerifyAsync(other.Secured!);

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.Checks.Should().ContainSingle(c => c.Code == CheckCodes.StatusRevoked && c.Outcome == CheckOutcome.Failed);
        otherReport.Verdict.Should().Be(Verdict.Verified);
    }

    [Fact]
    public async Task VerifyAsync_SuspendThenReinstate_SuspendedThenVerifiedAgain()
    {
        await using var registry = await RegistryFixture.CreateAsync();
        var issued = await registry.IssueAsync("100004");

        await registry.ChangeAsync(issued.CredentialId, StatusAction.Suspend);
        var suspended = await registry.VerifyAsync(issued.Secured!);
        await registry.ChangeAsync(issued.CredentialId, StatusAction.Reinstate);
        var reinstated = await registry.VerifyAsync(issued.Secured!);

        suspended.Checks.Should().ContainSingle(c => c.Code == CheckCodes.StatusSuspended && c.Outcome == CheckOutcome.Failed);
        suspended.Verdict.Should().Be(Verdict.NotVerified);
        reinstated.Verdict.Should().Be(Verdict.Verified);
    }
}
