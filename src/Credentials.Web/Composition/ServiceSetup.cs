using System.Net;
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
using Credentials.Web.IssuerPage;
using Credentials.Web.Status;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace Credentials.Web.Composition;

/// <summary>The composition root: reads the <c>Credentials</c> section and registers issuer, verifier and limits.</summary>
internal static class ServiceSetup
{
    public const string VerifyRateLimit = "verify";
    public const string PageRateLimit = "page";

    public static WebApplicationBuilder AddCredentials(this WebApplicationBuilder builder)
    {
        var options = new WebOptions();
        builder.Configuration.GetSection(WebOptions.Section).Bind(options);
        var paths = new ConfiguredPaths(options.DataDirectory);

        // Program prints a start-up failure as one sentence; the host's own "Hosting failed to start" entry would
        // repeat it with a stack trace. A crash that stops a running host is still logged (Critical).
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Page.PresentationChallenges>();
        builder.Services.AddProblemDetails();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxBodyBytes);

        if (string.IsNullOrWhiteSpace(options.IssuerKeyPath))
        {
            throw new StartupException("Credentials:IssuerKeyPath is not set: point it at the issuer key folder that 'credentials keygen' wrote.");
        }

        var issuerKey = paths.Load("IssuerKeyPath", options.IssuerKeyPath, KeyDirectory.Load);
        var mode = new ServiceMode(DemoKeys.IsPublished(issuerKey));
        RefuseDemoKeysOutsideDevelopment(builder.Environment, options, mode);
        builder.Services.AddSingleton(mode);
        builder.Services.AddSingleton(issuerKey);
        builder.Services.AddSingleton(sp => new CredentialIssuer(issuerKey, sp.GetRequiredService<TimeProvider>(), SchemaValidator.ElmMicroCredential));

        var storage = OpenRegistry(options, paths);
        builder.Services.AddSingleton(storage);
        builder.Services.AddSingleton(storage.Credentials);
        builder.Services.AddSingleton(storage.StatusLists);
        builder.Services.AddSingleton(storage.Batches);
        builder.Services.AddSingleton(new ApiKeyAuthenticator(storage.ApiKeys, ApiKeyAuthenticator.ParseConfigured(options.ApiKeySha256), issuerKey.Did));
        builder.Services.AddSingleton<ApiKeyFilter>();
        builder.Services.AddIssuerPage(options.DataProtectionKeysPath is { Length: > 0 } keys ? paths.Resolve(keys) : null);
        builder.Services.AddSingleton<Batches.BatchQueue>();
        builder.Services.AddSingleton<Batches.BatchStarter>();
        builder.Services.AddHostedService<Batches.BatchWorker>();

        var baseUrl = PublicBaseUrl(options);
        var urls = new StatusListUrls(baseUrl + "/status");
        builder.Services.AddSingleton(urls);
        if (options.StatusListMaxAgeSeconds < 0 || TimeSpan.FromMinutes(options.StatusListValidMinutes) <= StatusListPublisher.ResignAfter + TimeSpan.FromSeconds(options.StatusListMaxAgeSeconds))
        {
            throw new StartupException($"Credentials:StatusListValidMinutes must be longer than the {StatusListPublisher.ResignAfter.TotalMinutes:0} minutes a signed list is reused plus StatusListMaxAgeSeconds, so no cached list is past its validUntil.");
        }

        builder.Services.AddSingleton(sp => new StatusListPublisher(storage.StatusLists, issuerKey, urls, sp.GetRequiredService<TimeProvider>())
        {
            TimeToLive = TimeSpan.FromSeconds(options.StatusListMaxAgeSeconds),
            ValidFor = TimeSpan.FromMinutes(options.StatusListValidMinutes),
        });

        // Issue 20: the SD-JWT VC a wallet receives over OpenID4VCI, its type metadata and Token Status Lists.
        var walletUrls = new Issuer.Wallet.WalletUrls(baseUrl);
        builder.Services.AddSingleton(walletUrls);
        builder.Services.AddSingleton<Issuer.Wallet.IWalletCredentialIssuer>(sp => new Issuer.Wallet.SdJwtVcIssuer(issuerKey, walletUrls, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp => new TokenStatusListPublisher(
            storage.StatusLists, issuerKey, walletUrls, sp.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(Math.Max(1, options.StatusListMaxAgeSeconds))));
        Wallet.WalletSetup.AddWalletIssuance(builder.Services, storage, baseUrl);

        var policy = new Issuer.Sharing.ShareLinkPolicy(options.ShareLinkDefaultMonths, options.ShareLinkMaxMonths);
        if (policy.Problem is { } policyProblem)
        {
            throw new StartupException($"Credentials:ShareLinkDefaultMonths/ShareLinkMaxMonths: {policyProblem}.");
        }

        builder.Services.AddSingleton(storage.ShareLinks);
        builder.Services.AddSingleton(storage.Erasure);
        builder.Services.AddSingleton(sp => new Issuer.Sharing.ShareLinks(storage.ShareLinks, storage.Credentials, sp.GetRequiredService<TimeProvider>(), policy));
        var pdfSeal = LoadPdfSeal(options, paths);
        builder.Services.AddSingleton(sp => new Certificates.CertificateService(
            new Documents.PdfCertificateWriter(sp.GetRequiredService<TimeProvider>()), pdfSeal, baseUrl));

        // No redirects: a redirect could lead the fetch to a host the operator did not allow.
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxResponseDrainSize = 64 * 1024 })
        {
            Timeout = TimeSpan.FromSeconds(options.FetchTimeoutSeconds),
        };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("credentials-verifier/1.0");
        AllowedHostFetcher Fetcher(IEnumerable<string> hosts, TimeProvider time) =>
            new(http, hosts.Select(h => h.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal), time);

        var trusted = options.TrustedIssuersPath is { Length: > 0 } t ? paths.Load("TrustedIssuersPath", t, p => TrustedIssuers.Parse(File.ReadAllText(p))) : null;
        var files = new FileDidDocuments(options.DidDocuments.Select(d => paths.Load("DidDocuments", d, FileDidDocuments.Read)));
        var anchors = options.SealTrustAnchorsPath is { Length: > 0 } a ? paths.Load("SealTrustAnchorsPath", a, p => JadesVerificationOptions.LoadAnchors(File.ReadAllText(p))) : [];
        var tsaAnchors = options.TsaTrustAnchorsPath is { Length: > 0 } tsa ? paths.Load("TsaTrustAnchorsPath", tsa, p => JadesVerificationOptions.LoadAnchors(File.ReadAllText(p))) : [];
        var fromLists = TrustedLists(options, paths);
        if (options.ClockSkewSeconds is < 0 or > 86_400)
        {
            throw new StartupException($"Credentials:ClockSkewSeconds is {options.ClockSkewSeconds}; it must be between 0 and 86400 seconds.");
        }

        if (options.RevocationFetch.MaxBytes is < 1024 or > 16 * 1024 * 1024)
        {
            throw new StartupException($"Credentials:RevocationFetch:MaxBytes is {options.RevocationFetch.MaxBytes}; it must be between 1024 and 16777216.");
        }

        if (options.StructureMemoryCapacity is < 0 or > 1_000_000)
        {
            throw new StartupException($"Credentials:StructureMemoryCapacity is {options.StructureMemoryCapacity}; it must be between 0 (remember nothing) and 1000000 credentials.");
        }

        builder.Services.AddSingleton(sp =>
        {
            var time = sp.GetRequiredService<TimeProvider>();
            var revocation = options.RevocationFetch.AllowedHosts.Count == 0 ? null
                : new RevocationFetcher(new HttpRevocationTransport(http), options.RevocationFetch.AllowedHosts, time, TimeSpan.FromSeconds(options.FetchTimeoutSeconds), options.RevocationFetch.MaxBytes);
            return new VerifierFactory(
                new VerifierOptions
                {
                    TrustedIssuers = trusted,
                    MaxInputBytes = options.MaxBodyBytes,
                    SealTrustAnchors = anchors,
                    TsaTrustAnchors = tsaAnchors,
                    TrustedLists = fromLists,
                    RevocationFetcher = revocation,
                    ClockSkew = TimeSpan.FromSeconds(options.ClockSkewSeconds),
                    StructureMemory = options.StructureMemoryCapacity == 0 ? null : new StructureMemory(options.StructureMemoryCapacity),
                },
                time,
                new ServiceDidDocuments(files, Fetcher(options.AllowedDidWebHosts, time)),
                new Wallet.OwnTokenStatusListSource(
                    new ServiceStatusListSource(sp.GetRequiredService<StatusListPublisher>(), urls, Fetcher(options.AllowedStatusListHosts, time)),
                    sp.GetRequiredService<TokenStatusListPublisher>(),
                    walletUrls));
        });

        // Behind a reverse proxy the client is the forwarded address; only the proxies named (and loopback) are believed.
        var proxies = options.KnownProxies.Select(p => IPAddress.TryParse(p.Trim(), out var ip)
            ? ip
            : throw new StartupException($"Credentials:KnownProxies: '{p}' is not an IP address.")).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(f =>
        {
            f.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                f.KnownProxies.Add(proxy);
            }
        });

        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.OnRejected = Page.ErrorPages.RejectAsync;
            r.AddPolicy(VerifyRateLimit, context => PerAddress(context, options.RateLimit));
            r.AddPolicy(PageRateLimit, context => PerAddress(context, options.PageRateLimit));
        });
        return builder;
    }

    // One fixed window per client address (the forwarded one behind a known proxy).
    private static RateLimitPartition<string> PerAddress(HttpContext context, RateLimitOptions limit) => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });

    /// <summary>Says at start-up whom the service signs as, and loudly when that is a published TEST-ONLY key.</summary>
    public static void LogServiceMode(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Log.Category);
        var issuer = app.Services.GetRequiredService<IssuerKey>().Did;
        if (app.Services.GetRequiredService<ServiceMode>().DemoIssuer)
        {
            Log.DemoIssuer(logger, issuer);
        }
        else
        {
            Log.Issuer(logger, issuer);
        }
    }

    /// <summary>
    /// Outside Development the published TEST-ONLY issuer key and the demo API key are refused: anyone can sign with
    /// the one and call with the other. <c>Credentials:AllowDemoKeys=true</c> is the operator's explicit exception.
    /// </summary>
    private static void RefuseDemoKeysOutsideDevelopment(IWebHostEnvironment environment, WebOptions options, ServiceMode mode)
    {
        if (environment.IsDevelopment() || options.AllowDemoKeys)
        {
            return;
        }

        if (mode.DemoIssuer)
        {
            throw new StartupException($"Credentials:IssuerKeyPath holds a published TEST-ONLY key, which is refused in {environment.EnvironmentName}: make your own with 'credentials keygen', or set Credentials:AllowDemoKeys=true for a demonstration.");
        }

        if (DemoKeys.IncludesDemoApiKey(options.ApiKeySha256))
        {
            throw new StartupException($"Credentials:ApiKeySha256 accepts the published demo API key, which is refused in {environment.EnvironmentName}: remove it and create keys with 'credentials apikey create', or set Credentials:AllowDemoKeys=true for a demonstration.");
        }
    }

    /// <summary>
    /// The address status lists, share links and PDFs point at. Without one the service would publish links to a host
    /// nobody reaches, so it does not start (Development sets it in appsettings.Development.json).
    /// </summary>
    private static string PublicBaseUrl(WebOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            throw new StartupException("Credentials:PublicBaseUrl is not set: give the address people and verifiers reach the service at, e.g. https://credentials.uni.example.");
        }

        if (!Uri.TryCreate(options.PublicBaseUrl.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            throw new StartupException($"Credentials:PublicBaseUrl is '{options.PublicBaseUrl}', which is not an http(s) address without query, e.g. https://credentials.uni.example.");
        }

        return url.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The PDF seal, when both its certificate and key are configured.</summary>
    private static Documents.Signing.PdfSeal? LoadPdfSeal(WebOptions options, ConfiguredPaths paths)
    {
        if (options.PdfSealCertificatePath is not { Length: > 0 } certificate || options.PdfSealKeyPath is not { Length: > 0 } key)
        {
            return options.PdfSealCertificatePath is { Length: > 0 } || options.PdfSealKeyPath is { Length: > 0 }
                ? throw new StartupException("Credentials:PdfSealCertificatePath and Credentials:PdfSealKeyPath go together: set both, or neither.")
                : null;
        }

        var keyPem = paths.Load("PdfSealKeyPath", key, File.ReadAllText);
        var seal = paths.Load("PdfSealCertificatePath", certificate, p => JadesSigningKey.FromPem(File.ReadAllText(p), keyPem));
        return new Documents.Signing.PdfSeal(seal.Certificate, seal.Chain);
    }

    /// <summary>Opens (and migrates) the registry, or stops start-up with the store's plain-language reason.</summary>
    private static RegistryStorage OpenRegistry(WebOptions options, ConfiguredPaths paths)
    {
        var connection = options.Database;

        // A bare SQLite file name is relative to the data directory, like every other configured path.
        if (!connection.Contains('=', StringComparison.Ordinal) && !connection.Contains("://", StringComparison.Ordinal))
        {
            connection = paths.Resolve(connection);
        }

        var opened = RegistryStorage.OpenAsync(connection, new StorageOptions { StoreCredentialContent = options.StoreCredentialContent })
            .GetAwaiter().GetResult();
        return opened.Storage ?? throw new StartupException("Credentials:Database: " + (opened.Error ?? "cannot be opened").TrimEnd('.') + ".");
    }

    // The operator downloads the lists (and the EU list of trusted lists' signer certificates); nothing is fetched.
    // Verified at start-up; which services are anchors is decided per seal, at its proof of existence.
    private static List<Proofs.TrustedLists.TrustedList> TrustedLists(WebOptions options, ConfiguredPaths paths)
    {
        if (options.TrustedListPaths.Count == 0)
        {
            return [];
        }

        if (options.TrustedListSignersPath is not { Length: > 0 } signersPath)
        {
            throw new StartupException("Credentials:TrustedListPaths needs Credentials:TrustedListSignersPath, the certificates the lists must be signed with.");
        }

        var signers = paths.Load("TrustedListSignersPath", signersPath, p => JadesVerificationOptions.LoadAnchors(File.ReadAllText(p)));
        var lotl = options.TrustedListOfListsPath is { Length: > 0 } lotlPath
            ? paths.Load("TrustedListOfListsPath", lotlPath, p => Proofs.TrustedLists.ListOfTrustedLists.Load(File.ReadAllText(p), signers))
            : null;
        return options.TrustedListPaths.Select(l => paths.Load("TrustedListPaths", l, p => lotl is null ? Proofs.TrustedLists.TrustedList.Load(File.ReadAllText(p), signers) : lotl.LoadNational(File.ReadAllText(p)))).ToList();
    }
}
