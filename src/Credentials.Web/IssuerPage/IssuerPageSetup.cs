using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Credentials.Web.IssuerPage;

/// <summary>
/// The issuer page's sign-in cookie (a cookie authentication scheme of its own), its antiforgery tokens, and the
/// Data Protection keys both are encrypted with (kept in <c>Credentials:DataProtectionKeysPath</c> when set, so a
/// restart or a second instance reads the same cookies).
/// </summary>
internal static class IssuerPageSetup
{
    public const string Scheme = "issuer-page";

    public const string CookieName = "__Host-credentials-issuer";

    public const string AntiforgeryCookieName = "__Host-credentials-antiforgery";

    public const string AntiforgeryField = "__antiforgery";

    public static readonly TimeSpan SignInLifetime = TimeSpan.FromHours(8);

    public static IServiceCollection AddIssuerPage(this IServiceCollection services, string? dataProtectionKeysFolder)
    {
        var protection = services.AddDataProtection().SetApplicationName("credentials");
        if (dataProtectionKeysFolder is not null)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(dataProtectionKeysFolder));
        }

        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            // __Host-: Secure, Path=/, no Domain, so no other host or path can set or read it (RFC 6265bis §4.1.3.2).
            o.Cookie.Name = CookieName;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = SignInLifetime;
            o.SlidingExpiration = false;
            o.Events.OnValidatePrincipal = IssuerSession.ValidateAsync;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AntiforgeryCookieName;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.Path = "/";
            o.FormFieldName = AntiforgeryField;
            o.HeaderName = null;
        });
        return services;
    }
}
