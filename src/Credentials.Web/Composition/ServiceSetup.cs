using System.Threading.RateLimiting;
using Credentials.Issuer.Issuing;
using Credentials.Model.Schema;
using Credentials.Proofs.Jades;
using Credentials.Proofs.Keys;
using Credentials.Verifier;
using Credentials.Verifier.Trust;
using Credentials.Web.Configuration;
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

        var trusted = options.TrustedIssuersPath is { } t ? TrustedIssuers.Parse(File.ReadAllText(Resolve(t))) : null;
        var documents = new FileDidDocuments(options.DidDocuments.Select(Resolve));
        builder.Services.AddSingleton(sp => new VerifierFactory(
            new VerifierOptions
            {
                TrustedIssuers = trusted,
                MaxInputBytes = options.MaxBodyBytes,
                SealTrustAnchors = options.SealTrustAnchorsPath is { } a ? JadesVerificationOptions.LoadAnchors(File.ReadAllText(Resolve(a))) : [],
            },
            sp.GetRequiredService<TimeProvider>(),
            documents));

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
}
