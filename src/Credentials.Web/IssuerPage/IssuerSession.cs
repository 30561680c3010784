using System.Security.Claims;
using Credentials.Web.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Credentials.Web.IssuerPage;

/// <summary>
/// A signed-in issuer: the actor name of its API key and the issuer it acts for. The cookie holds the key's SHA-256
/// (never the key), and every request checks that hash against the key store again, so a revoked key signs out.
/// </summary>
internal sealed record IssuerSession(string Actor, string Issuer)
{
    private const string KeyHashClaim = "credentials:key-sha256";

    private const string IssuerClaim = "credentials:issuer";

    /// <summary>Signs in with an API key; false (and no cookie) when the key is not accepted.</summary>
    public static async Task<bool> SignInAsync(HttpContext context, string key, ApiKeyAuthenticator authenticator, TimeProvider time)
    {
        var hash = ApiKeyAuthenticator.Hash(key);
        if (key.Length is 0 or > 512 || await authenticator.AuthenticateHashAsync(hash, context.RequestAborted).ConfigureAwait(false) is not { } actor)
        {
            return false;
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, actor), new Claim(KeyHashClaim, Convert.ToHexStringLower(hash)), new Claim(IssuerClaim, authenticator.IssuerDid)],
            IssuerPageSetup.Scheme);
        var principal = new ClaimsPrincipal(identity);
        var now = time.GetUtcNow();
        await context.SignInAsync(IssuerPageSetup.Scheme, principal, new AuthenticationProperties
        {
            IsPersistent = true,
            IssuedUtc = now,
            ExpiresUtc = now + IssuerPageSetup.SignInLifetime,
            AllowRefresh = false,
        }).ConfigureAwait(false);

        // Antiforgery tokens made later in this request belong to the signed-in user.
        context.User = principal;
        return true;
    }

    public static Task SignOutAsync(HttpContext context)
    {
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        return context.SignOutAsync(IssuerPageSetup.Scheme);
    }

    /// <summary>The request's signed-in issuer, or null; sets <see cref="HttpContext.User"/> for the antiforgery tokens.</summary>
    public static async Task<IssuerSession?> CurrentAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(IssuerPageSetup.Scheme).ConfigureAwait(false);
        if (!result.Succeeded || result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } actor || result.Principal.FindFirstValue(IssuerClaim) is not { } issuer)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            return null;
        }

        context.User = result.Principal;
        return new IssuerSession(actor, issuer);
    }

    /// <summary>The cookie scheme's check on every request: the key behind the cookie must still be accepted.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var authenticator = context.HttpContext.RequestServices.GetRequiredService<ApiKeyAuthenticator>();
        var hex = context.Principal?.FindFirstValue(KeyHashClaim);
        var hash = hex is { Length: 64 } && hex.All(Uri.IsHexDigit) ? Convert.FromHexString(hex) : [];
        var actor = await authenticator.AuthenticateHashAsync(hash, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (actor is null || context.Principal?.FindFirstValue(IssuerClaim) != authenticator.IssuerDid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IssuerPageSetup.Scheme).ConfigureAwait(false);
        }
    }
}
