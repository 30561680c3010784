using System.Threading.RateLimiting;
using Credentials.Issuer.Issuing;
using Credentials.Issuer.Status;
using Credentials.Model.Registry;
using Credentials.Model.Schema;
using Credentials.Proofs.Jades;
using Credentials.Proofs.Keys;
using Credentials.Storage;
using Credentials.Verifier;
using Credentials.Verifier.Trust;
using Credentials.Web.Authentication;
using Credentials.Web.Configuration;
using Credentials.Web.Status;
using Microsoft.AspNetCore.RateLimiting;

namespace Credentials.Web.Composition;

/// <summary>The composition root: reads the <c>Credentials</c> section and registers issuer, verifier and limits.</summary>
internal static class ServiceSetup
{
    public const string VerifyRateLimit = "verify";

    public static WebApplicationBuilder AddCredentials(this WebApplicationBuilder builder)
    {
        var options = new WebOptions();
        builder.Configuration.GetSection(WebOptions.Section).Bind(options);
        var root = builder.Environment.ContentRootPath;
        string Resolve(string path) => Path.GetFullPath(Path.Combine(root, path));

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxBodyBytes);

        var issuerKey = KeyDirectory.Load(Resolve(options.IssuerKeyPath ?? throw new InvalidOperationException("Credentials:IssuerKeyPath is not configured")));
        builder.Services.AddSingleton(issuerKey);
        builder.Services.AddSingleton(sp => new CredentialIssuer(issuerKey, sp.GetRequiredService<TimeProvider>(), NJsonSchemaValidator.ElmMicroCredential));

        var storage = OpenRegistry(options, root);
        builder.Services.AddSingleton(storage);
        builder.Services.AddSingleton(storage.Credentials);
        builder.Services.AddSingleton(storage.StatusLists);
        builder.Services.AddSingleton(storage.Batches);
        builder.Services.AddSingleton(new ApiKeyAuthenticator(storage.ApiKeys, ApiKeyAuthenticator.ParseConfigured(options.ApiKeySha256), issuerKey.Did));
        builder.Services.AddSingleton<ApiKeyFilter>();
        builder.Services.AddSingleton<Batches.BatchQueue>();
        builder.Services.AddHostedService<Batches.BatchWorker>();

        var baseUrl = (options.PublicBaseUrl ?? "http://localhost:5000").TrimEnd('/');
        var urls = new StatusListUrls(baseUrl + "/status");
        builder.Services.AddSingleton(urls);
        builder.Services.AddSingleton(sp => new StatusListPublisher(storage.StatusLists, issuerKey, urls, sp.GetRequiredService<TimeProvider>()));

        // No redirects: a redirect could lead the fetch to a host the operator did not allow.
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxResponseDrainSize = 64 * 1024 })
        {
            Timeout = TimeSpan.FromSeconds(options.FetchTimeoutSeconds),
        };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("credentials-verifier/1.0");
        AllowedHostFetcher Fetcher(IEnumerable<string> hosts, TimeProvider time) =>
            new(http, hosts.Select(h => h.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal), time);

        var trusted = options.TrustedIssuersPath is { } t ? TrustedIssuers.Parse(File.ReadAllText(Resolve(t))) : null;
        var files = new FileDidDocuments(options.DidDocuments.Select(Resolve));
        builder.Services.AddSingleton(sp =>
        {
            var time = sp.GetRequiredService<TimeProvider>();
            return new VerifierFactory(
                new VerifierOptions
                {
                    TrustedIssuers = trusted,
                    MaxInputBytes = options.MaxBodyBytes,
                    SealTrustAnchors = options.SealTrustAnchorsPath is { } a ? JadesVerificationOptions.LoadAnchors(File.ReadAllText(Resolve(a))) : [],
                },
                time,
                new ServiceDidDocuments(files, Fetcher(options.AllowedDidWebHosts, time)),
                new ServiceStatusListSource(sp.GetRequiredService<StatusListPublisher>(), urls, Fetcher(options.AllowedStatusListHosts, time)));
        });

        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.AddPolicy(VerifyRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RateLimit.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.RateLimit.WindowSeconds),
                    QueueLimit = 0,
                }));
        });
        return builder;
    }

    /// <summary>Opens (and migrates) the registry, or stops start-up with the store's plain-language reason.</summary>
    private static RegistryStorage OpenRegistry(WebOptions options, string root)
    {
        var connection = options.Database;

        // A bare SQLite file name is relative to the content root, like every other configured path.
        if (!connection.Contains('=', StringComparison.Ordinal) && !connection.Contains("://", StringComparison.Ordinal))
        {
            connection = Path.GetFullPath(Path.Combine(root, connection));
        }

        var opened = RegistryStorage.OpenAsync(connection, new StorageOptions { StoreCredentialContent = options.StoreCredentialContent })
            .GetAwaiter().GetResult();
        return opened.Storage ?? throw new InvalidOperationException("Credentials:Database: " + opened.Error);
    }
}
