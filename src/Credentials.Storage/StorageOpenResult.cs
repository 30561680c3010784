namespace Credentials.Storage;

/// <summary>The outcome of <see cref="RegistryStorage.OpenAsync"/>: an open store, or a plain-language error.</summary>
public sealed class StorageOpenResult
{
    private StorageOpenResult(RegistryStorage? storage, string? error)
    {
        Storage = storage;
        Error = error;
    }

    /// <summary>The migrated store; <see langword="null"/> when opening failed.</summary>
    public RegistryStorage? Storage { get; }

    /// <summary>Why the store could not be opened; <see langword="null"/> on success.</summary>
    public string? Error { get; }

    /// <summary>Whether the store is open.</summary>
    public bool Success => Storage is not null;

    internal static StorageOpenResult Ok(RegistryStorage storage) => new(storage, null);

    internal static StorageOpenResult Fail(string error) => new(null, error);
}
