namespace Credentials.Model.Registry;

/// <summary>API keys of the web service, stored as SHA-256 hashes.</summary>
public interface IApiKeyStore
{
    /// <summary>Stores a new key's hash. Fails with <see cref="ArgumentException"/> for a hash that is not 32 bytes.</summary>
    /// <param name="record">The key's public data.</param>
    /// <param name="sha256">SHA-256 of the key's UTF-8 bytes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="false"/> when the id or the hash is already stored.</returns>
    Task<bool> CreateAsync(ApiKeyRecord record, ReadOnlyMemory<byte> sha256, CancellationToken cancellationToken = default);

    /// <summary>The key with this hash, active or revoked; <see langword="null"/> when none.</summary>
    Task<ApiKeyRecord?> FindAsync(ReadOnlyMemory<byte> sha256, CancellationToken cancellationToken = default);

    /// <summary>Every key, oldest first.</summary>
    Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes a key; <see langword="false"/> when no active key has this id.</summary>
    Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default);
}
