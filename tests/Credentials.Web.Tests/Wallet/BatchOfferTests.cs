using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Wallet;

public sealed class BatchOfferTests : IDisposable
{
    private readonly WebFactory _factory = new();
    private readonly HttpClient _client;

    public BatchOfferTests() => _client = _factory.CreateClient();

    [Fact]
    public async Task BatchOffers_OnePerLearnerInTheManifestWithQrCodes_EachRedeemableOnce()
    {
        var batchId = await RunBatchAsync();

        var response = await Api.PostAsync(_client, $"/batches/{batchId}/offers", new JsonObject { ["txCode"] = true });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.GetEntry("manifest.csv")!.Open());
        var lines = (await reader.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("student_number;credential_id;credential_file;pdf_file;share_link;link_expiry;wallet_offer;offer_qr_file;tx_code;offer_expiry");
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToList();
        rows.Should().NotBeEmpty();
        rows.Select(r => r[1]).Should().OnlyHaveUniqueItems();
        foreach (var row in rows)
        {
            row[6].Should().StartWith("openid-credential-offer://?credential_offer=");
            row[8].Should().MatchRegex("^[0-9]{6}$");
            using var png = new MemoryStream();
            await zip.GetEntry(row[7])!.Open().CopyToAsync(png);
            png.ToArray().Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        }

        var first = new JsonObject { ["url"] = rows[0][6], ["txCode"] = rows[0][8] };
        using var wallet = new TestWallet(_client);
        await wallet.AccessTokenAsync(first);
        var again = await wallet.TokenAsync(TestWallet.Code(first), rows[0][8]);
        (await Bodies.ReadObjectAsync(again))["error"]!.GetValue<string>().Should().Be("invalid_grant");
    }

    [Fact]
    public async Task BatchOffers_UnknownBatchOrNoApiKey_AreRefused()
    {
        var unknown = await Api.PostAsync(_client, "/batches/no-such-batch/offers", "{}");
        var anonymous = await Api.PostAsync(_client, "/batches/no-such-batch/offers", "{}", apiKey: null);

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<string> RunBatchAsync()
    {
        var template = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InRepo("samples", "batch", "template.json")))!;
        template["id"] = "test-" + Guid.NewGuid().ToString("N");
        var csv = File.ReadAllText(RepositoryPaths.InRepo("samples", "batch", "learners.csv"));
        var submitted = await Api.PostAsync(_client, "/batches", new JsonObject { ["template"] = template, ["learnersCsv"] = csv });
        var id = (await Bodies.ReadObjectAsync(submitted))["id"]!.GetValue<string>();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var batch = await Bodies.ReadObjectAsync(await Api.GetAsync(_client, "/batches/" + id));
            if (batch["state"]!.GetValue<string>() != "running")
            {
                return id;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("batch " + id + " did not finish within a minute");
    }
}
