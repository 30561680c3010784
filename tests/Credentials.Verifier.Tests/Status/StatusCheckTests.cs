using Credentials.Proofs.Findings;
using Credentials.Proofs.Keys;
using Credentials.TestKit;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Status;

public sealed class StatusCheckTests
{
    [Fact]
    public async Task VerifyAsync_BitClear_StatusActive()
    {
        var source = new StatusListFixture().With(StatusListFixture.Sign(StatusListFixture.ListDocument(revoked: false)));

        var status = await StatusOf(source, StatusListFixture.Credential());

        status.Should().Be((CheckOutcome.Passed, CheckCodes.StatusActive));
    }

    [Theory]
    [InlineData("revocation", "en", "The issuer has not revoked the credential.")]
    [InlineData("revocation", "fi", "Myöntäjä ei ole peruuttanut todistetta.")]
    [InlineData("suspension", "sv", "Utfärdaren har inte tillfälligt spärrat intyget.")]
    public async Task VerifyAsync_BitClear_SaysWhichStatusIsNotSet(string purpose, string language, string expected)
    {
        var source = new StatusListFixture().With(StatusListFixture.Sign(StatusListFixture.ListDocument(revoked: false, purpose: purpose)));

        var report = await source.Verifier().VerifyAsync(StatusListFixture.Credential(purpose: purpose));

        report.Checks.Single(c => c.Check == CheckNames.Status).Explained![language].Should().Be(expected);
    }

    [Fact]
    public async Task VerifyAsync_BitSet_StatusRevoked()
    {
        var source = new StatusListFixture().With(StatusListFixture.Sign(StatusListFixture.ListDocument(revoked: true)));

        var status = await StatusOf(source, StatusListFixture.Credential());

        status.Should().Be((CheckOutcome.Failed, CheckCodes.StatusRevoked));
    }

    [Fact]
    public async Task VerifyAsync_NoSourceConfigured_StatusUnchecked()
    {
        var verifier = VerifierFactory.Create();

        var report = await verifier.VerifyAsync(StatusListFixture.Credential());

        report.Checks.Single(c => c.Check == CheckNames.Status).Code.Should().Be(CheckCodes.StatusUnchecked);
        report.Verdict.Should().Be(Verdict.Indeterminate);
    }

    [Fact]
    public async Task VerifyAsync_ListMissing_ListUnavailable()
    {
        var status = await StatusOf(new StatusListFixture(), StatusListFixture.Credential());

        status.Should().Be((CheckOutcome.Indeterminate, CheckCodes.StatusListUnavailable));
    }

    [Fact]
    public async Task VerifyAsync_ListSignedByAnotherIssuer_ListInvalid()
    {
        var list = StatusListFixture.ListDocument(revoked: false, issuer: TestKeys.Vastra.Did);
        var source = new StatusListFixture().With(StatusListFixture.Sign(list, TestKeys.Vastra));

        var status = await StatusOf(source, StatusListFixture.Credential());

        status.Should().Be((CheckOutcome.Indeterminate, CheckCodes.StatusListInvalid));
    }

    [Fact]
    public async Task VerifyAsync_ListClaimsIssuerButSignedByStranger_ListInvalid()
    {
        using var stranger = SigningKey.Generate(KeyType.Ed25519);
        var forged = TestCredentials.RawJws(
            "{\"alg\":\"EdDSA\",\"kid\":\"" + TestKeys.Northern.KeyId + "\",\"typ\":\"vc+jwt\"}",
            StatusListFixture.ListDocument(revoked: false).ToJsonString(),
            stranger);
        var source = new StatusListFixture().With(forged);

        var status = await StatusOf(source, StatusListFixture.Credential());

        status.Should().Be((CheckOutcome.Indeterminate, CheckCodes.StatusListInvalid));
    }

    [Fact]
    public async Task VerifyAsync_TamperedListPayload_ListInvalid()
    {
        var genuine = StatusListFixture.Sign(StatusListFixture.ListDocument(revoked: true));
        var tampered = TestCredentials.WithPayload(genuine, StatusListFixture.ListDocument(revoked: false).ToJsonString());
        var source = new StatusListFixture().With(tampered);

        var status = await StatusOf(source, StatusListFixture.Credential());

        status.Should().Be((CheckOutcome.Indeterminate, CheckCodes.StatusListInvalid));
    }

    [Fact]
    public async Task VerifyAsync_ListOfOtherPurpose_ListInvalid()
    {
        var source = new StatusListFixture().With(StatusListFixture.Sign(StatusListFixture.ListDocument(revoked: true, purpose: "suspension")));

        var status = await StatusOf(source, StatusListFixture.Credential());

        status.Should().Be((CheckOutcome.Indeterminate, CheckCodes.StatusListInvalid));
    }

    [Fact]
    public async Task VerifyAsync_IndexBeyondList_IndexOutOfRange()
    {
        var source = new StatusListFixture().With(StatusListFixture.Sign(StatusListFixture.ListDocument(revoked: false)));

        var status = await StatusOf(source, StatusListFixture.Credential(index: 2_000_000));

        status.Should().Be((CheckOutcome.Failed, CheckCodes.StatusIndexOutOfRange));
    }

    [Theory]
    [InlineData("not a token")]
    [InlineData("a.b.c")]
    [InlineData("")]
    public async Task VerifyAsync_GarbageList_ListInvalidOrUnavailable(string token)
    {
        var source = new StatusListFixture().With(token);

        var status = await StatusOf(source, StatusListFixture.Credential());

        status.Outcome.Should().Be(CheckOutcome.Indeterminate);
        status.Code.Should().BeOneOf(CheckCodes.StatusListInvalid, CheckCodes.StatusListUnavailable);
    }

    private static async Task<(CheckOutcome Outcome, string Code)> StatusOf(StatusListFixture source, string credential)
    {
        var report = await source.Verifier().VerifyAsync(credential);
        var status = report.Checks.Single(c => c.Check == CheckNames.Status);
        return (status.Outcome, status.Code);
    }
}
