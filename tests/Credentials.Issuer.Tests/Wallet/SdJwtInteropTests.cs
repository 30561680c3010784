using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Issuer.Status;
using Credentials.Issuer.Tests.Status;
using Credentials.Issuer.Wallet;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Proofs.Keys;
using Credentials.Proofs.SdJwt;
using Credentials.TestKit;
using FluentAssertions;
using Xunit;

namespace Credentials.Issuer.Tests.Wallet;

/// <summary>
/// Our SD-JWT VCs and Token Status Lists against npm <c>@sd-jwt/sd-jwt-vc</c>, an implementation we did not write:
/// it recomputes the disclosure digests, checks the key binding's nonce and <c>sd_hash</c>, and reads the status.
/// </summary>
public sealed class SdJwtInteropTests
{
    private static readonly WalletUrls Urls = new("https://credentials.example");

    [NodeFact]
    public async Task SdJwtVc_IssuedHereWithRegistryStatus_VerifiesThereWithDisclosuresAndStatus()
    {
        await using var registry = await RegistryFixture.CreateAsync();
        var (issued, listId) = await IssueRecordedAsync(registry, "900123");
        var lists = new TokenStatusListPublisher(registry.Storage.StatusLists, TestKeys.Northern, Urls, TimeProvider.System, TimeSpan.FromMinutes(5));

        var active = Verify(issued, TestKeys.Northern, await lists.PublishAsync(listId));

        active.GetProperty("verified").GetBoolean().Should().BeTrue(active.ToString());
        active.GetProperty("typ").GetString().Should().Be("dc+sd-jwt");
        active.GetProperty("claims").GetProperty("given_name").GetString().Should().Be("Siiri");
        active.GetProperty("claims").GetProperty("grade").GetProperty("fi").GetString().Should().Be("5 (erinomainen)");
        active.GetProperty("claims").GetProperty("ects").GetDecimal().Should().Be(5m);
        active.GetProperty("status").GetInt32().Should().Be(TokenStatusList.Valid);
    }

    [NodeFact]
    public async Task TokenStatusList_SuspendedAndRevokedInTheRegistry_ReadAsTwoAndOneThere()
    {
        await using var registry = await RegistryFixture.CreateAsync();
        var (suspended, listId) = await IssueRecordedAsync(registry, "900123");
        var (revoked, _) = await IssueRecordedAsync(registry, "900124");
        await registry.ChangeAsync(IdOf(suspended), StatusAction.Suspend);
        await registry.ChangeAsync(IdOf(revoked), StatusAction.Revoke);
        var lists = new TokenStatusListPublisher(registry.Storage.StatusLists, TestKeys.Northern, Urls, TimeProvider.System, TimeSpan.FromMinutes(5));
        var token = await lists.PublishAsync(listId);

        Verify(suspended, TestKeys.Northern, token).GetProperty("status").GetInt32().Should().Be(TokenStatusList.Suspended);
        Verify(revoked, TestKeys.Northern, token).GetProperty("status").GetInt32().Should().Be(TokenStatusList.Invalid);
    }

    [NodeFact]
    public async Task SdJwtVc_PresentedHereWithKeyBinding_VerifiesThereWithOnlyTheChosenClaims()
    {
        var issued = await new SdJwtVcIssuer(TestKeys.Vastra, Urls, TimeProvider.System).IssueAsync(SdJwtVcIssuerTests.Request(TestKeys.Vastra) with { Status = [] });
        var presented = SdJwtPresenter.Present(issued.Compact, ["given_name"], TestKeys.Learner, "https://verifier.example", "nonce-123", DateTimeOffset.UtcNow);

        var result = Verify(presented, TestKeys.Vastra, null, "nonce-123");

        result.GetProperty("verified").GetBoolean().Should().BeTrue(result.ToString());
        result.GetProperty("keyBound").GetBoolean().Should().BeTrue();
        result.GetProperty("claims").TryGetProperty("given_name", out _).Should().BeTrue();
        result.GetProperty("claims").TryGetProperty("family_name", out _).Should().BeFalse();
        result.GetProperty("claims").TryGetProperty("grade", out _).Should().BeFalse();
    }

    [NodeFact]
    public async Task SdJwtVc_ChangedIssuerSignedClaims_AreRejectedThereToo()
    {
        var issued = (await new SdJwtVcIssuer(TestKeys.Northern, Urls, TimeProvider.System).IssueAsync(SdJwtVcIssuerTests.Request(TestKeys.Northern) with { Status = [] })).Compact;
        var jwt = issued[..issued.IndexOf('~', StringComparison.Ordinal)];
        var payload = TestCredentials.Payload(jwt);
        payload["ects"] = 50;
        var forged = TestCredentials.WithPayload(jwt, payload.ToJsonString()) + issued[jwt.Length..];

        var result = Verify(forged, TestKeys.Northern, null);

        result.GetProperty("verified").GetBoolean().Should().BeFalse();
    }

    private static async Task<(string Compact, long ListId)> IssueRecordedAsync(RegistryFixture registry, string studentNumber)
    {
        var id = "urn:uuid:" + Guid.NewGuid().ToString("D");
        var outcome = await registry.Storage.Credentials.ReserveAsync(new CredentialReservation(
            id, TestKeys.Northern.Did, "student:" + studentNumber, "template-1", "dc+sd-jwt", registry.Time.GetUtcNow(), [StatusPurpose.Revocation, StatusPurpose.Suspension]));
        var request = SdJwtVcIssuerTests.Request(TestKeys.Northern) with { CredentialId = id, Status = outcome.Record.StatusAllocations };
        var issued = await new SdJwtVcIssuer(TestKeys.Northern, Urls, registry.Time).IssueAsync(request);
        Ids[issued.Compact] = id;
        return (issued.Compact, outcome.Record.StatusAllocations.Single(a => a.Purpose == StatusPurpose.Revocation).ListId);
    }

    private static readonly Dictionary<string, string> Ids = new(StringComparer.Ordinal);

    private static string IdOf(string compact) => Ids[compact];

    private static JsonElement Verify(string token, IssuerKey issuer, string? statusList, string? nonce = null)
    {
        var input = new JsonObject { ["token"] = token, ["issuerJwk"] = issuer.Key.PublicJwk.ToJson(), ["statusList"] = statusList, ["nonce"] = nonce };

        var (_, output, error) = NodeScript.Run("sdjwt.mjs", input.ToJsonString(), "verify");

        output.Should().NotBeEmpty(error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
