using System.Net;
using System.Text.Json.Nodes;
using Credentials.Model.Registry;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credentials.Web.Tests.Batches;

/// <summary>A batch is its issuer's: two services with different issuer keys share one registry, and neither sees the other's batches.</summary>
public sealed class BatchScopeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("credentials-scope-").FullName;

    [Fact]
    public async Task GetBatch_StartedWithAnotherIssuersKey_Is404_AndTheOwnIssuerSeesIt()
    {
        var registry = Path.Combine(_dir, "registry.db");
        using var northern = new WebFactory { Database = registry };
        using var vastra = new WebFactory { Database = registry };
        vastra.Settings["Credentials:IssuerKeyPath"] = RepositoryPaths.InRepo("keys.example", "vastra-hogskolan");
        var northernClient = northern.CreateClient();
        var vastraClient = vastra.CreateClient();
        var body = new JsonObject
        {
            ["template"] = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InRepo("samples", "batch", "template.json"))),
            ["learnersCsv"] = File.ReadAllText(RepositoryPaths.InRepo("samples", "batch", "learners.csv")),
        };

        var accepted = await Api.PostAsync(northernClient, "/batches", body);
        var id = (await Bodies.ReadObjectAsync(accepted))["id"]!.GetValue<string>();
        var own = await Api.GetAsync(northernClient, "/batches/" + id);
        var others = await Api.GetAsync(vastraClient, "/batches/" + id);
        var othersCredentials = await Api.GetAsync(vastraClient, "/batches/" + id + "/credentials");
        var othersPdfs = await Api.GetAsync(vastraClient, "/batches/" + id + "/pdfs");

        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        own.StatusCode.Should().Be(HttpStatusCode.OK);
        others.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await others.Content.ReadAsStringAsync()).Should().Contain("There is no such batch.");
        othersCredentials.StatusCode.Should().Be(HttpStatusCode.NotFound);
        othersPdfs.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await northern.Services.GetRequiredService<IBatchStore>().GetAsync(id))!.Issuer.Should().Be(northern.Services.GetRequiredService<Proofs.Keys.IssuerKey>().Did);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pool; the temp folder is cleaned by the system later.
        }
    }
}
