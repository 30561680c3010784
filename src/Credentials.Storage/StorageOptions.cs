using Credentials.Model.Status;

namespace Credentials.Storage;

/// <summary>Operator settings of the registry store.</summary>
public sealed class StorageOptions
{
    /// <summary>
    /// Keep the full issued credential in the registry, not only its SHA-256. Off by default: the learner owns the
    /// credential, and the registry holds no more personal data than it needs.
    /// </summary>
    public bool StoreCredentialContent { get; init; }

    /// <summary>How long a command or a lock wait may take before it fails. Default 30 s.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Entries per new status list. Always the spec minimum of <see cref="BitstringStatusList.MinimumLength"/> in
    /// production; tests lower it through <see cref="WithListLengthForTests"/> to exercise roll-over quickly.
    /// </summary>
    public int StatusListLength { get; private init; } = BitstringStatusList.MinimumLength;

    internal StorageOptions WithListLengthForTests(int length) => new()
    {
        StoreCredentialContent = StoreCredentialContent,
        CommandTimeout = CommandTimeout,
        StatusListLength = length,
    };
}
