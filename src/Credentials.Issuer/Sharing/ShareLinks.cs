using System.Buffers.Text;
using System.Security.Cryptography;
using Credentials.Model.Registry;

namespace Credentials.Issuer.Sharing;

/// <summary>
/// Makes share links for issued credentials: a 128-bit random token (base64url, 22 characters) and a public id,
/// with an expiry within the <see cref="ShareLinkPolicy"/>. Links are independent of the credential's validity.
/// </summary>
public sealed class ShareLinks
{
    private readonly IShareLinkStore _links;
    private readonly ICredentialStore _credentials;
    private readonly TimeProvider _time;

    /// <summary>Creates the maker over the registry's stores.</summary>
    /// <exception cref="ArgumentException">The policy is unusable.</exception>
    public ShareLinks(IShareLinkStore links, ICredentialStore credentials, TimeProvider time, ShareLinkPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(policy));
        }

        _links = links;
        _credentials = credentials;
        _time = time;
        Policy = policy;
    }

    /// <summary>The lifetimes in force.</summary>
    public ShareLinkPolicy Policy { get; }

    /// <summary>The address of a link: <c>{baseUrl}/s/{token}</c>.</summary>
    public static string Url(string baseUrl, ShareLinkRecord link)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(link);
        return baseUrl.TrimEnd('/') + "/s/" + link.Token;
    }

    /// <summary>Makes a link for an issued credential, expiring at <paramref name="expiresAt"/> or after the default lifetime.</summary>
    public async Task<ShareLinkOutcome> CreateAsync(string credentialId, DateTimeOffset? expiresAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentialId);
        var now = _time.GetUtcNow();
        var expiry = expiresAt ?? now.AddMonths(Policy.DefaultMonths);
        if (expiry <= now)
        {
            return new ShareLinkOutcome(null, ShareLinkProblem.ExpiryInThePast);
        }

        if (expiry > now.AddMonths(Policy.MaxMonths))
        {
            return new ShareLinkOutcome(null, ShareLinkProblem.ExpiryTooLate);
        }

        if (await _credentials.GetAsync(credentialId, cancellationToken).ConfigureAwait(false) is not { State: CredentialRecordState.Issued })
        {
            return new ShareLinkOutcome(null, ShareLinkProblem.UnknownCredential);
        }

        // 128 bits from the CSPRNG: guessing one of a billion live links takes ~2^98 tries.
        var link = new ShareLinkRecord(
            "link-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)),
            credentialId, now, expiry, null, null, 0);
        return await _links.CreateAsync(link, cancellationToken).ConfigureAwait(false)
            ? new ShareLinkOutcome(link, null)
            : new ShareLinkOutcome(null, ShareLinkProblem.UnknownCredential);
    }

    /// <summary>The credential's newest link that works now, or a new one with the default lifetime.</summary>
    public async Task<ShareLinkRecord?> CurrentOrNewAsync(string credentialId, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var links = await _links.ListAsync(credentialId, cancellationToken).ConfigureAwait(false);
        return links.FirstOrDefault(l => l.StateAt(now) == ShareLinkState.Active)
            ?? (await CreateAsync(credentialId, null, cancellationToken).ConfigureAwait(false)).Link;
    }
}
