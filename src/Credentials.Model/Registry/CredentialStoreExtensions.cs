namespace Credentials.Model.Registry;

/// <summary>Single-credential conveniences over the bulk <see cref="ICredentialStore"/> methods.</summary>
public static class CredentialStoreExtensions
{
    /// <summary>Reserves one credential (see <see cref="ICredentialStore.ReserveManyAsync"/>).</summary>
    public static async Task<ReservationOutcome> ReserveAsync(
        this ICredentialStore store,
        CredentialReservation reservation,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var outcomes = await store.ReserveManyAsync([reservation], cancellationToken).ConfigureAwait(false);
        return outcomes[0];
    }

    /// <summary>Records one signed credential (see <see cref="ICredentialStore.CompleteManyAsync"/>).</summary>
    public static async Task<CompletionOutcome> CompleteAsync(
        this ICredentialStore store,
        CredentialCompletion completion,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var outcomes = await store.CompleteManyAsync([completion], cancellationToken).ConfigureAwait(false);
        return outcomes[0];
    }
}
