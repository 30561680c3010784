namespace Credentials.Model.Registry;

/// <summary>Share links in the registry.</summary>
public interface IShareLinkStore
{
    /// <summary>Stores a new link; <see langword="false"/> when its id or token is already stored.</summary>
    Task<bool> CreateAsync(ShareLinkRecord link, CancellationToken cancellationToken = default);

    /// <summary>The link with this token, in whatever state; <see langword="null"/> when none.</summary>
    Task<ShareLinkRecord?> FindAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>Counts one open of the link with this token if it is active at <paramref name="now"/>; returns it as stored afterwards.</summary>
    Task<ShareLinkRecord?> OpenAsync(string token, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Every link of a credential, newest first.</summary>
    Task<IReadOnlyList<ShareLinkRecord>> ListAsync(string credentialId, CancellationToken cancellationToken = default);

    /// <summary>Revokes a link of a credential; <see langword="false"/> when it has no such link that is not already revoked.</summary>
    Task<bool> RevokeAsync(string credentialId, string linkId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Withdraws every link of the credentials (erasure on request); returns how many links it changed.</summary>
    Task<int> WithdrawAsync(IReadOnlyCollection<string> credentialIds, DateTimeOffset now, CancellationToken cancellationToken = default);
}
