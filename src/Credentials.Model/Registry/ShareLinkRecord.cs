namespace Credentials.Model.Registry;

/// <summary>
/// A share link: an unguessable token that shows one credential's verification page to whoever holds it, until it
/// expires, is revoked, or is withdrawn when the learner's data is erased. Independent of the credential's own validity.
/// </summary>
/// <param name="Id">Public identifier of the link (for revoking it), safe to log.</param>
/// <param name="Token">The secret part of the link (<c>/s/{token}</c>), base64url of at least 128 random bits.</param>
/// <param name="CredentialId">The credential it shows.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="RevokedAt">When the issuer revoked it; null while not revoked.</param>
/// <param name="WithdrawnAt">When it was withdrawn by erasing the learner's data; null otherwise.</param>
/// <param name="Opens">How many times it was opened while it worked (nothing about who opened it is kept).</param>
public sealed record ShareLinkRecord(
    string Id,
    string Token,
    string CredentialId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? WithdrawnAt,
    long Opens)
{
    /// <summary>What the link does at <paramref name="now"/>.</summary>
    public ShareLinkState StateAt(DateTimeOffset now) =>
        WithdrawnAt is not null ? ShareLinkState.Withdrawn
        : RevokedAt is not null ? ShareLinkState.Revoked
        : now >= ExpiresAt ? ShareLinkState.Expired
        : ShareLinkState.Active;
}
