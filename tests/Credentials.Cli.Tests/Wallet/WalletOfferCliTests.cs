using System.Text.Json.Nodes;
using Credentials.Cli.Tests.Batch;
using Credentials.Model.Registry;

namespace Credentials.Cli.Tests.Wallet;

public sealed class WalletOfferCliTests
{
    [Fact]
    public async Task IssueBatch_WalletOffers_ManifestGivesEachLearnerAnOfferOfTheServiceWithItsQrCode()
    {
        using var ws = new BatchWorkspace();
        var learners = Credentials.TestKit.RepositoryPaths.InRepo("samples", "batch", "learners.csv");

        var run = CliRunner.Run([.. ws.IssueArgs(learners), "--keep-credentials", "--wallet-offers", "--tx-codes", "--verify-url", "https://verify.uni.example/"]);

        run.ExitCode.Should().Be(0, run.Error);
        var lines = File.ReadAllLines(Path.Combine(ws.Out, "manifest.csv"));
        lines[0].Should().Be("student_number;credential_id;credential_file;pdf_file;share_link;link_expiry;wallet_offer;offer_qr_file;tx_code;offer_expiry");
        lines.Should().HaveCount(5);
        var opened = await Storage.RegistryStorage.OpenAsync(ws.Db);
        await using var storage = opened.Storage!;
        foreach (var row in lines.Skip(1).Select(l => l.Split(';')))
        {
            var offer = JsonNode.Parse(Uri.UnescapeDataString(row[6]["openid-credential-offer://?credential_offer=".Length..]))!;
            offer["credential_issuer"]!.GetValue<string>().Should().Be("https://verify.uni.example");
            File.ReadAllBytes(Path.Combine(ws.Out, row[7])).Take(4).Should().Equal(0x89, 0x50, 0x4E, 0x47);
            row[8].Should().MatchRegex("^[0-9]{6}$");
            var code = offer["grants"]!["urn:ietf:params:oauth:grant-type:pre-authorized_code"]!["pre-authorized_code"]!.GetValue<string>();
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(code)));
            var redeemed = await storage.Offers.RedeemAsync(new OfferRedemptionRequest(hash, null, "access", DateTimeOffset.UtcNow.AddMinutes(5), DateTimeOffset.UtcNow, 5));
            redeemed.Outcome.Should().Be(OfferRedemptionOutcome.TxCodeMissing, "the offer is in the registry and asks for its tx_code");
        }
    }

    [Fact]
    public void IssueBatch_WalletOffersWithoutKeptContentOrTxCodesAlone_AreRefused()
    {
        using var ws = new BatchWorkspace();

        var noContent = CliRunner.Run([.. ws.IssueArgs(ws.Learners(1)), "--wallet-offers", "--verify-url", "https://verify.uni.example/"]);
        var txAlone = CliRunner.Run([.. ws.IssueArgs(ws.Learners(1)), "--tx-codes"]);

        noContent.ExitCode.Should().Be(3);
        noContent.Error.Should().Contain("--keep-credentials");
        txAlone.ExitCode.Should().Be(3);
        txAlone.Error.Should().Contain("--wallet-offers");
    }
}
