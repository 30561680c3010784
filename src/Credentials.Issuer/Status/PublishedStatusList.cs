using Credentials.Model.Status;

namespace Credentials.Issuer.Status;

/// <summary>A signed status-list credential, ready to be served or written to a file.</summary>
/// <param name="ListId">The list's id in the registry.</param>
/// <param name="Purpose">The list's status purpose.</param>
/// <param name="Url">The URL credentials name in <c>statusListCredential</c>.</param>
/// <param name="Jwt">The VC-JOSE compact JWS of the <c>BitstringStatusListCredential</c>.</param>
public sealed record PublishedStatusList(long ListId, StatusPurpose Purpose, string Url, string Jwt);
