namespace Credentials.Model.Registry;

/// <summary>An API key of the web service, without the key itself (only its SHA-256 is stored).</summary>
/// <param name="Id">Public identifier, safe to log and to show.</param>
/// <param name="Name">What the operator called it (e.g. the student system it is for).</param>
/// <param name="Issuer">The issuer DID the key may act for.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RevokedAt">When it was revoked; <see langword="null"/> while it is valid.</param>
public sealed record ApiKeyRecord(string Id, string Name, string Issuer, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the key is still accepted.</summary>
    public bool IsActive => RevokedAt is null;
}
