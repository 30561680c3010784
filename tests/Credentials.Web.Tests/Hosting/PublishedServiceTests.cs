using System.Net;
using System.Text;
using Credentials.Proofs.Keys;
using Credentials.TestKit;

namespace Credentials.Web.Tests.Hosting;

/// <summary>
/// The published service run the way an operator runs it: from an unrelated working directory, in Production, with
/// its files in a data directory. It serves and verifies; every configuration mistake stops it with one sentence and
/// exit code 1, never a stack trace.
/// </summary>
public sealed class PublishedServiceTests : IClassFixture<PublishedService>, IDisposable
{
    private readonly PublishedService _published;
    private readonly string _data = Directory.CreateTempSubdirectory("credentials-data-").FullName;
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("credentials-cwd-").FullName;

    public PublishedServiceTests(PublishedService published)
    {
        _published = published;
        using var key = SigningKey.Generate(KeyType.Ed25519);
        KeyDirectory.Write(Path.Combine(_data, "keys", "issuer"), KeyDirectory.Identify(key, null));
        File.Copy(RepositoryPaths.InRepo("keys.example", "trusted-issuers.json"), Path.Combine(_data, "trusted-issuers.json"));
        File.Copy(RepositoryPaths.InRepo("keys.example", "vastra-hogskolan", "did.json"), Path.Combine(_data, "vastra-did.json"));
    }

    public void Dispose()
    {
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_elsewhere, recursive: true);
    }

    [Fact]
    public void PublishFolder_HoldsNoDemoKeysAndNoDevelopmentSettings()
    {
        Directory.Exists(Path.Combine(_published.Folder, "demo-keys")).Should().BeFalse();
        File.Exists(Path.Combine(_published.Folder, "appsettings.Development.json")).Should().BeFalse();
        File.Exists(Path.Combine(_published.Folder, "appsettings.json")).Should().BeTrue();
    }

    [Fact]
    public async Task StartedElsewhere_ResolvesPathsAgainstTheDataDirectory_AnswersHealthAndVerifiesEverySample()
    {
        var port = ServiceProcess.FreePort();
        using var service = Start(port, new Dictionary<string, string>
        {
            ["Credentials__DataDirectory"] = _data,
            ["Credentials__IssuerKeyPath"] = "keys/issuer",
            ["Credentials__TrustedIssuersPath"] = "trusted-issuers.json",
            ["Credentials__DidDocuments__0"] = "vastra-did.json",
        });
        using var client = new HttpClient();

        var health = await service.WaitForAsync(client, $"http://127.0.0.1:{port}/health");

        health.StatusCode.Should().Be(HttpStatusCode.OK, service.Output);
        foreach (var sample in Samples.SignedValid)
        {
            using var body = new StringContent(File.ReadAllText(sample).Trim(), Encoding.UTF8, "application/jwt");
            var verified = await client.PostAsync($"http://127.0.0.1:{port}/credentials/verify", body);
            verified.StatusCode.Should().Be(HttpStatusCode.OK, Path.GetFileName(sample) + ": " + await verified.Content.ReadAsStringAsync());
        }

        File.Exists(Path.Combine(_data, "credentials.db")).Should().BeTrue("the registry file is relative to the data directory");
        File.Exists(Path.Combine(_elsewhere, "credentials.db")).Should().BeFalse("nothing is written to the working directory");
        service.Output.Should().NotContain("demo issuer");
    }

    [Fact]
    public async Task Production_WithTheDemoIssuerKey_ExitsWithOneSentenceNamingTheSetting()
    {
        using var service = Start(ServiceProcess.FreePort(), new Dictionary<string, string>
        {
            ["Credentials__IssuerKeyPath"] = RepositoryPaths.InRepo("keys.example", "northern-university"),
            ["Credentials__Database"] = Path.Combine(_data, "registry.db"),
        });

        var exit = await service.ExitCodeAsync();

        exit.Should().Be(1);
        AssertOneSentence(service.Output, "Credentials:IssuerKeyPath holds a published TEST-ONLY key", "Credentials:AllowDemoKeys=true");
    }

    [Fact]
    public async Task Production_WithTheDemoApiKey_ExitsWithOneSentenceNamingTheSetting()
    {
        using var service = Start(ServiceProcess.FreePort(), new Dictionary<string, string>
        {
            ["Credentials__DataDirectory"] = _data,
            ["Credentials__IssuerKeyPath"] = "keys/issuer",
            ["Credentials__ApiKeySha256__0"] = "53336a65f72081080e228ff84ceb69f6ca8562d1acfb30d5403ac696b0b109ca",
        });

        var exit = await service.ExitCodeAsync();

        exit.Should().Be(1);
        AssertOneSentence(service.Output, "Credentials:ApiKeySha256 accepts the published demo API key");
    }

    [Fact]
    public async Task Production_DemoKeysExplicitlyAllowed_StartsAndSaysDemoIssuer()
    {
        var port = ServiceProcess.FreePort();
        using var service = Start(port, new Dictionary<string, string>
        {
            ["Credentials__IssuerKeyPath"] = RepositoryPaths.InRepo("keys.example", "northern-university"),
            ["Credentials__Database"] = Path.Combine(_data, "registry.db"),
            ["Credentials__AllowDemoKeys"] = "true",
        });
        using var client = new HttpClient();

        var page = await service.WaitForAsync(client, $"http://127.0.0.1:{port}/");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Demo issuer: do not issue real credentials");
        service.Output.Should().Contain("demo issuer: do not issue real credentials");
    }

    public static TheoryData<string, string, string> Misconfigurations => new()
    {
        { "no key setting", "Credentials__IssuerKeyPath=", "Credentials:IssuerKeyPath is not set" },
        { "missing key folder", "Credentials__IssuerKeyPath=keys/nobody", "Credentials:IssuerKeyPath: cannot use" },
        { "unreadable key", "Credentials__IssuerKeyPath=garbage-key", "Credentials:IssuerKeyPath: cannot use" },
        { "bad database", "Credentials__Database=Host=127.0.0.1;Port=1;Username=nobody;Timeout=2", "Credentials:Database:" },
        { "bad database string", "Credentials__Database=Data Source=x.db;Frobnicate=yes", "Credentials:Database:" },
        { "missing trust file", "Credentials__TrustedIssuersPath=nowhere.json", "Credentials:TrustedIssuersPath: cannot use" },
        { "malformed trust file", "Credentials__TrustedIssuersPath=vastra-did.json", "Credentials:TrustedIssuersPath: cannot use" },
        { "missing DID file", "Credentials__DidDocuments__0=nowhere.json", "Credentials:DidDocuments: cannot use" },
        { "malformed DID file", "Credentials__DidDocuments__0=trusted-issuers.json", "Credentials:DidDocuments: cannot use" },
        { "bad seal anchors", "Credentials__SealTrustAnchorsPath=trusted-issuers.json", "Credentials:SealTrustAnchorsPath: cannot use" },
        { "proxy that is no address", "Credentials__KnownProxies__0=proxy.uni.example", "Credentials:KnownProxies: 'proxy.uni.example' is not an IP address" },
        { "no public address", "Credentials__PublicBaseUrl=", "Credentials:PublicBaseUrl is not set" },
        { "public address that is no URL", "Credentials__PublicBaseUrl=credentials.uni.example", "Credentials:PublicBaseUrl is 'credentials.uni.example'" },
        { "negative clock skew", "Credentials__ClockSkewSeconds=-5", "Credentials:ClockSkewSeconds is -5" },
        { "negative structure memory", "Credentials__StructureMemoryCapacity=-1", "Credentials:StructureMemoryCapacity is -1" },
        { "missing certificate", "Kestrel__Endpoints__Https__Certificate__Path=/nonexistent/service.crt", "the HTTPS certificate" },
        { "certificate that is no certificate", "Kestrel__Endpoints__Https__Certificate__Path=@data/trusted-issuers.json", "the HTTPS certificate" },
    };

    [Theory]
    [MemberData(nameof(Misconfigurations))]
    public async Task Misconfigured_ExitsWithOneSentence(string what, string setting, string expected)
    {
        Directory.CreateDirectory(Path.Combine(_data, "garbage-key"));
        File.WriteAllText(Path.Combine(_data, "garbage-key", "private.jwk.json"), "{\"kty\": \"nope\"}");
        var environment = new Dictionary<string, string>
        {
            ["Credentials__DataDirectory"] = _data,
            ["Credentials__IssuerKeyPath"] = "keys/issuer",
        };
        var (name, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        environment[name] = value.Replace("@data", _data, StringComparison.Ordinal);
        if (name.StartsWith("Kestrel__Endpoints__Https", StringComparison.Ordinal))
        {
            environment["Kestrel__Endpoints__Https__Url"] = $"https://127.0.0.1:{ServiceProcess.FreePort()}";
        }

        using var service = Start(ServiceProcess.FreePort(), environment);

        var exit = await service.ExitCodeAsync();

        exit.Should().Be(1, what);
        AssertOneSentence(service.Output, expected);
    }

    [Fact]
    public async Task BehindALoopbackProxy_RateLimitsEachForwardedClientSeparately()
    {
        var port = ServiceProcess.FreePort();
        using var service = Start(port, new Dictionary<string, string>
        {
            ["Credentials__DataDirectory"] = _data,
            ["Credentials__IssuerKeyPath"] = "keys/issuer",
            ["Credentials__RateLimit__PermitLimit"] = "1",
        });
        using var client = new HttpClient();
        (await service.WaitForAsync(client, $"http://127.0.0.1:{port}/health")).StatusCode.Should().Be(HttpStatusCode.OK, service.Output);

        async Task<HttpStatusCode> VerifyAsFromAsync(string client1)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/credentials/verify")
            {
                Content = new StringContent(File.ReadAllText(Samples.SignedValid.First()).Trim(), Encoding.UTF8, "application/jwt"),
            };
            request.Headers.Add("X-Forwarded-For", client1);
            return (await client.SendAsync(request)).StatusCode;
        }

        var first = await VerifyAsFromAsync("203.0.113.7");
        var again = await VerifyAsFromAsync("203.0.113.7");
        var other = await VerifyAsFromAsync("203.0.113.8");

        first.Should().NotBe(HttpStatusCode.TooManyRequests);
        again.Should().Be(HttpStatusCode.TooManyRequests, "the same forwarded client is over its limit");
        other.Should().NotBe(HttpStatusCode.TooManyRequests, "another client behind the same proxy has its own limit");
    }

    [Fact]
    public async Task PortInUse_ExitsWithOneSentenceNamingTheAddress()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        using var service = Start(port, new Dictionary<string, string>
        {
            ["Credentials__DataDirectory"] = _data,
            ["Credentials__IssuerKeyPath"] = "keys/issuer",
        });
        var exit = await service.ExitCodeAsync();

        exit.Should().Be(1);
        AssertOneSentence(service.Output, $"Failed to bind to address http://127.0.0.1:{port}", "another program uses that port");
    }

    private ServiceProcess Start(int port, IDictionary<string, string> settings)
    {
        // A Production service needs its public address; a test that is about that setting overrides it.
        var environment = new Dictionary<string, string> { ["Credentials__PublicBaseUrl"] = "https://credentials.uni.example" };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        return ServiceProcess.Start(_published.Dll, _elsewhere, environment);
    }

    private static void AssertOneSentence(string output, params string[] expected)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var failure = lines.Where(l => l.StartsWith("credentials service: ", StringComparison.Ordinal)).ToList();
        failure.Should().ContainSingle("exactly one sentence says why: {0}", output);
        foreach (var part in expected)
        {
            failure[0].Should().Contain(part);
        }

        lines.Should().NotContain(l => l.StartsWith("   at ", StringComparison.Ordinal) || l.Contains("Exception:", StringComparison.Ordinal), "no stack trace: {0}", output);
    }
}
