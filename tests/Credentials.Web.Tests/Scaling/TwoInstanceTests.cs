using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Credentials.Model.Status;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Npgsql;

namespace Credentials.Web.Tests.Scaling;

/// <summary>
/// Two service instances on loopback sharing one PostgreSQL registry behave as one service: what one issues the other
/// knows, a status change made through one is what the other publishes and verifies, and concurrent issuance on both
/// never hands one status index to two credentials.
/// </summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private readonly string _schema = "web_two_" + Guid.NewGuid().ToString("N")[..12];
    private WebFactory? _a;
    private WebFactory? _b;
    private HttpClient _clientA = null!;
    private HttpClient _clientB = null!;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)))
        {
            return;
        }

        await AdminAsync($"CREATE SCHEMA {_schema}");
        var database = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { SearchPath = _schema }.ConnectionString;
        (_a, _clientA) = Start(database);
        (_b, _clientB) = Start(database);
    }

    public async Task DisposeAsync()
    {
        _clientA?.Dispose();
        _clientB?.Dispose();
        _a?.Dispose();
        _b?.Dispose();
        if (_a is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }
    }

    [PostgresFact]
    public async Task RevokeThroughOneInstance_IsSeenByTheOther()
    {
        var (id, jwt) = await IssueAsync(_clientA);

        var change = await Api.PostAsync(_clientB, "/credentials/status", new JsonObject { ["credentialId"] = id, ["action"] = "revoke", ["reason"] = "two-instance test" });

        change.StatusCode.Should().Be(HttpStatusCode.OK, "instance B knows the credential instance A issued");
        var (status, report) = await Api.VerifyAsync(_clientA, jwt);
        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        Api.Codes(report).Should().Contain("status.revoked");
        (await Api.VerifyAsync(_clientB, jwt)).Status.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [PostgresFact]
    public async Task BothInstancesPublishTheSameListBits()
    {
        var (id, jwt) = await IssueAsync(_clientB);
        await Api.PostAsync(_clientA, "/credentials/status", new JsonObject { ["credentialId"] = id, ["action"] = "suspend", ["reason"] = "two-instance test" });
        var entry = TestCredentials.Payload(jwt)["vc"]!["credentialStatus"]!.AsArray().Single(e => e!["statusPurpose"]!.GetValue<string>() == "suspension")!;
        var path = new Uri(entry["statusListCredential"]!.GetValue<string>()).AbsolutePath;
        var index = int.Parse(entry["statusListIndex"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        var fromA = await ReadBitAsync(_clientA, path, index);
        var fromB = await ReadBitAsync(_clientB, path, index);

        fromA.Should().BeTrue();
        fromB.Should().BeTrue();
    }

    [PostgresFact]
    public async Task ConcurrentIssuanceOnBoth_NeverSharesAStatusIndex()
    {
        var issues = Enumerable.Range(0, 20).Select(i => IssueAsync(i % 2 == 0 ? _clientA : _clientB));

        var issued = await Task.WhenAll(issues);

        var positions = issued
            .SelectMany(c => TestCredentials.Payload(c.Jwt)["vc"]!["credentialStatus"]!.AsArray())
            .Select(e => e!["statusListCredential"]!.GetValue<string>() + "#" + e["statusListIndex"]!.GetValue<string>())
            .ToList();
        positions.Should().HaveCount(40).And.OnlyHaveUniqueItems();
        issued.Select(c => c.Id).Should().OnlyHaveUniqueItems();
    }

    private static (WebFactory Factory, HttpClient Client) Start(string database)
    {
        var port = FreePort();
        var factory = new WebFactory { Database = database };
        factory.Settings["Credentials:PublicBaseUrl"] = "http://localhost:5000";
        // Kestrel's own options, not UseKestrel(port), whose address rewrite races the app's bind (see KestrelWebFactory).
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        return (factory, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
    }

    private static async Task<(string Id, string Jwt)> IssueAsync(HttpClient client)
    {
        var body = await Api.IssueSampleAsync(client, new JsonObject { ["credentialStatus"] = new JsonObject { ["type"] = "BitstringStatusListEntry" } });
        var jwt = body["verifiableCredential"]!.GetValue<string>();
        return (TestCredentials.Payload(jwt)["jti"]!.GetValue<string>(), jwt);
    }

    private static async Task<bool> ReadBitAsync(HttpClient client, string path, int index)
    {
        var list = TestCredentials.Payload(await client.GetStringAsync(path));
        var decoded = BitstringStatusList.Decode(list["credentialSubject"]!["encodedList"]!.GetValue<string>());
        return decoded.List!.Get(index);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
