using Credentials.Storage;

namespace Credentials.Cli.Infrastructure;

/// <summary>Opens the registry named by <c>--db</c> (default <c>credentials.db</c>, SQLite, in the current folder).</summary>
internal static class Registry
{
    public const string DefaultDatabase = "credentials.db";

    public static async Task<RegistryStorage> OpenAsync(string? connection, CancellationToken cancellationToken)
    {
        var opened = await RegistryStorage.OpenAsync(connection ?? DefaultDatabase, cancellationToken: cancellationToken).ConfigureAwait(false);
        return opened.Storage ?? throw new UserError(opened.Error!.TrimEnd('.'));
    }
}
