using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credentials.Web.Tests.Batches;

public sealed class BatchEndpointTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The sample template under a fresh id, so each test's batch is its own (the idempotency key includes it).</summary>
    private static JsonNode Template()
    {
        var template = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InRepo("samples", "batch", "template.json")))!;
        template["id"] = "test-" + Guid.NewGuid().ToString("N");
        return template;
    }

    private static string Csv() => File.ReadAllText(RepositoryPaths.InRepo("samples", "batch", "learners.csv"));

    [Fact]
    public async Task SampleBatch_IsIssuedInTheBackground_AndEveryCredentialVerifies()
    {
        var submitted = await Api.PostAsync(_client, "/batches", new JsonObject { ["template"] = Template(), ["learnersCsv"] = Csv() });

        submitted.StatusCode.Should().Be(HttpStatusCode.Accepted, await submitted.Content.ReadAsStringAsync());
        var id = (await Bodies.ReadObjectAsync(submitted))["id"]!.GetValue<string>();
        submitted.Headers.Location!.ToString().Should().Be("/batches/" + id);
        var batch = await WaitForAsync(id);
        batch["state"]!.GetValue<string>().Should().Be("completed");
        var total = batch["total"]!.GetValue<int>();
        batch["issued"]!.GetValue<int>().Should().Be(total);
        var credentials = (await GetObjectAsync($"/batches/{id}/credentials"))["credentials"]!.AsArray();
        credentials.Should().HaveCount(total);
        foreach (var credential in credentials)
        {
            var (status, report) = await Api.VerifyAsync(_client, credential!["verifiableCredential"]!);
            status.Should().Be(HttpStatusCode.OK, report.ToJsonString());
        }
    }

    [Fact]
    public async Task SameBatchAgain_IssuesNothingTwice_AndReturnsTheSameCredentials()
    {
        var body = new JsonObject { ["template"] = Template(), ["learnersCsv"] = Csv() };
        var first = await WaitForAsync(await SubmitAsync(body));

        var second = await WaitForAsync(await SubmitAsync(body));

        second["issued"]!.GetValue<int>().Should().Be(0);
        second["existing"]!.GetValue<int>().Should().Be(first["total"]!.GetValue<int>());
        Ids(second).Should().BeEquivalentTo(Ids(first));
    }

    [Fact]
    public async Task BatchWithInvalidRows_Is422ListingEveryLine_AndIssuesNothing()
    {
        var csv = "student_number;given_name;family_name;date_of_birth;email;national_id;grade;completion_date\r\n"
            + "700001;Aino;Virtanen;2001-02-03;;;5;2026-06-15\r\n"
            + "700002;;Korhonen;2001-02-03;;;5;2026-06-15\r\n"
            + "700003;Eino;Mäkinen;2001-02-03;;;5;31.6.2026\r\n";
        var template = Template();

        var response = await Api.PostAsync(_client, "/batches", new JsonObject { ["template"] = template.DeepClone(), ["learnersCsv"] = csv });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var errors = (await Bodies.ReadObjectAsync(response))["rowErrors"]!.AsArray();
        errors.Select(e => e!["line"]!.GetValue<int>()).Should().Equal(3, 4);
        errors.Select(e => e!["column"]!.GetValue<string>()).Should().Equal("given_name", "completion_date");
        var ids = await factory.Services.GetRequiredService<Model.Registry.ICredentialStore>()
            .FindByIdempotencyKeyAsync(new Model.Registry.IdempotencyKey(template["id"]!.GetValue<string>(), "700001", new DateOnly(2026, 6, 15)));
        ids.Should().BeNull("a batch with an invalid row issues nobody");
    }

    [Fact]
    public async Task LearnersAsJsonArray_AreAccepted()
    {
        var learners = new JsonArray(new JsonObject
        {
            ["student_number"] = "710001", ["given_name"] = "Aino", ["family_name"] = "Virtanen", ["date_of_birth"] = "2001-02-03",
            ["grade"] = "4", ["completion_date"] = "2026-06-15",
        });

        var batch = await WaitForAsync(await SubmitAsync(new JsonObject { ["template"] = Template(), ["learners"] = learners }));

        batch["issued"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task InvalidTemplate_Is422()
    {
        var template = Template();
        template["template"]!.AsObject().Remove("title");

        var response = await Api.PostAsync(_client, "/batches", new JsonObject { ["template"] = template, ["learnersCsv"] = Csv() });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).Should().Contain("title");
    }

    [Theory]
    [InlineData("{\"template\": {}}")]
    [InlineData("{\"template\": {}, \"learners\": [], \"learnersCsv\": \"\"}")]
    [InlineData("{\"template\": {}, \"learnersCsv\": 5}")]
    [InlineData("{\"template\": [], \"learnersCsv\": \"\"}")]
    [InlineData("{\"template\": {}, \"learnersCsv\": \"\", \"extra\": true}")]
    [InlineData("{\"template\": {}, \"template\": {}, \"learnersCsv\": \"\"}")]
    [InlineData("{\"template\": ")]
    public async Task MalformedBody_Is400(string body)
    {
        (await Api.PostAsync(_client, "/batches", body)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task WithoutKey_Is401_AndUnknownBatch_Is404()
    {
        (await Api.PostAsync(_client, "/batches", new JsonObject { ["template"] = Template(), ["learnersCsv"] = Csv() }, apiKey: null))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _client.GetAsync("/batches/batch-unknown")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await SendGetAsync("/batches/batch-unknown")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await SendGetAsync("/batches/batch-unknown/credentials")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TenMebibyteBody_Is413()
    {
        (await Api.PostAsync(_client, "/batches", "{\"learnersCsv\": \"" + new string('a', 10 * 1024 * 1024) + "\"}"))
            .StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    private static IEnumerable<string> Ids(JsonObject batch) => batch["rows"]!.AsArray().Select(r => r!["credentialId"]!.GetValue<string>());

    private async Task<string> SubmitAsync(JsonObject body)
    {
        var response = await Api.PostAsync(_client, "/batches", body);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await Bodies.ReadObjectAsync(response))["id"]!.GetValue<string>();
    }

    private async Task<JsonObject> WaitForAsync(string id)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var batch = await GetObjectAsync("/batches/" + id);
            if (batch["state"]!.GetValue<string>() != "running")
            {
                return batch;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("batch " + id + " did not finish within a minute");
    }

    private async Task<JsonObject> GetObjectAsync(string path)
    {
        var response = await SendGetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await Bodies.ReadObjectAsync(response);
    }

    private async Task<HttpResponseMessage> SendGetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebFactory.DemoApiKey);
        return await _client.SendAsync(request);
    }
}
